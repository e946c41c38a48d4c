import type { RuleData } from '../types';
import { marketToSocial } from './market-to-social';
import { socialToMarket } from './social-to-market';

/** French: the most common signals; grows as data. */
export const french: RuleData[] = [...socialToMarket, ...marketToSocial];
