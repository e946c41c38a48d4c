import type { Norm } from '@/lib/db/types';

const labels: Record<Norm, string> = { social: 'social', market: 'market', hybrid: 'hybrid' };

/** Colour and word for the relationship: the one thing the coach judges a draft by. */
export function RelationshipChip({ relationship }: { relationship: Norm }) {
  return (
    <span class={`chip chip-${relationship}`} data-relationship={relationship}>
      {labels[relationship]}
    </span>
  );
}
