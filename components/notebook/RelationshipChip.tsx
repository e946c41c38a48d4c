import type { Norm } from '@/lib/db/types';
import { relationshipWord } from './popup-words';

/** Colour and word for the relationship: the one thing the coach judges a draft by. */
export function RelationshipChip({ relationship }: { relationship: Norm }) {
  return (
    <span class={`chip chip-${relationship}`} data-relationship={relationship}>
      {relationshipWord(relationship)}
    </span>
  );
}
