import { i18n } from '@/runtime/i18n';
import type { Norm } from '@/lib/db/types';

/** The relationship's word in the UI language. */
export const relationshipWord = (norm: Norm) =>
  norm === 'social' ? i18n.t('audience.normSocial') : norm === 'market' ? i18n.t('audience.normMarket') : i18n.t('audience.normHybrid');

/** Colour and word for the relationship: the one thing the coach judges a draft by. */
export function RelationshipChip({ relationship }: { relationship: Norm }) {
  return (
    <span class={`chip chip-${relationship}`} data-relationship={relationship}>
      {relationshipWord(relationship)}
    </span>
  );
}
