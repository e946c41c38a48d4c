import type { RuleData } from '../types';
import { marketToSocial } from './market-to-social';
import { socialToMarket } from './social-to-market';

/** Spanish: the most common signals; grows as data. */
export const spanish: RuleData[] = [...socialToMarket, ...marketToSocial];
