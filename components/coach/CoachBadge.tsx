import { useRef } from 'preact/hooks';
import type { Verdict } from '@/lib/classifier/types';
import type { ContactSummary } from '@/lib/messaging/protocol';
import type { AddState } from './ContactContextBlock';
import { CoachCard } from './CoachCard';
import { badgeGlyph, levelLabel, summaryOf } from './level-text';

export interface CoachBadgeProps {
  verdict: Verdict;
  open: boolean;
  dismissed: boolean;
  contact: ContactSummary | null;
  addresseeLabel?: string;
  sharedWith?: string;
  canAdd: boolean;
  addState: AddState;
  /** Open the card downwards when the composer sits near the top of the window. */
  below: boolean;
  onToggle: () => void;
  onDismiss: () => void;
  onMute: (ruleId: string) => void;
  onPause: () => void;
  onOpenContact: (id: string) => void;
  onAddContact: () => void;
}

/**
 * The badge beside a composer and, when opened, its card. Mouse-down is prevented so clicking the
 * badge leaves the caret in the editor; keyboard users reach the button with Tab.
 */
export function CoachBadge(p: CoachBadgeProps) {
  const { verdict } = p;
  const badge = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={badge}
        type="button"
        class="tact-badge"
        data-level={verdict.level}
        data-dismissed={p.dismissed ? '' : undefined}
        aria-expanded={p.open}
        aria-label={`Tact: ${levelLabel(verdict.level)} (${verdict.level})`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={p.onToggle}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && p.open) p.onToggle();
        }}
      >
        {badgeGlyph(verdict)}
      </button>
      <p class="tact-live tact-sr" aria-live="polite">
        {p.open || verdict.level !== 'ok' ? summaryOf(verdict) : ''}
      </p>
      {p.open && (
        <CoachCard
          {...p}
          onEscape={() => {
            // Focus was inside the card, which is about to go: hand it back to the badge, not to nowhere.
            badge.current?.focus();
            p.onToggle();
          }}
        />
      )}
    </>
  );
}
