import type { ComposerRow } from './composer-table';

export interface Draft {
  text: string;
  /** A ruleId category the finding must come from. */
  category: string;
}

// Checked against the classifier on 2026-11-23 (`npm run classify -- --network …`).
const promoCode: Draft = { text: 'Use my promo code ANA20 for 20% off at my new shop this weekend only!', category: 'promo-codes' };
// The reverse flip, for market networks: a sales message that reaches into someone's private life.
const privateLife: Draft = {
  text: 'Hey sweetie, I saw on your Instagram that you were in hospital last week. Anyway, about our Q3 pricing proposal',
  category: 'private-data',
};

/** A flip for the norm the network applies by default: selling to friends, or prying into a client's life. */
export function flipDraft(row: ComposerRow): Draft {
  return row.network === 'linkedin' ? privateLife : promoCode;
}

/** Ordinary warmth that no norm should flag, on any network. */
export const cleanDraft = 'Lunch on Sunday? Mum is making paella and the kids miss you.';
