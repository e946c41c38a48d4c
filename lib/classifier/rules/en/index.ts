import type { RuleData } from '../types';
import { affiliateLinks } from './affiliate-links';
import { callsToAction } from './calls-to-action';
import { distributionAsks } from './distribution-asks';
import { investmentAsks } from './investment-asks';
import { marketFrame } from './market-frame';
import { mitigators } from './mitigators';
import { payingFavours } from './paying-favours';
import { petNames } from './pet-names';
import { privateData } from './private-data';
import { privateTopics } from './private-topics';
import { prizeScams } from './prize-scams';
import { promoCodes } from './promo-codes';
import { recruiting } from './recruiting';
import { romance } from './romance';
import { selling } from './selling';
import { undisclosedSponsorship } from './undisclosed-sponsorship';
import { urgency } from './urgency';

export const english: RuleData[] = [
  selling,
  callsToAction,
  promoCodes,
  urgency,
  recruiting,
  affiliateLinks,
  distributionAsks,
  payingFavours,
  investmentAsks,
  undisclosedSponsorship,
  prizeScams,
  privateData,
  privateTopics,
  romance,
  petNames,
  mitigators,
  marketFrame,
];
