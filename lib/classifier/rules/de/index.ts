import type { RuleData } from '../types';
import { marketToSocial } from './market-to-social';
import { socialToMarket } from './social-to-market';

/** German: the most common signals; grows as data. */
export const german: RuleData[] = [...socialToMarket, ...marketToSocial];
