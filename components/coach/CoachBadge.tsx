import { i18n } from '@/runtime/i18n';
import { useRef } from 'preact/hooks';
import { CoachCard, type CardProps } from './CoachCard';
import { badgeGlyph, levelLabel, summaryOf } from './level-text';

export interface CoachBadgeProps extends CardProps {
  open: boolean;
  /** Every group was dismissed: the badge fades, and nothing is highlighted. */
  dismissed: boolean;
  onToggle: () => void;
}

/**
 * The badge beside a composer and, when opened, its card. Mouse-down is prevented so clicking the
 * badge leaves the caret in the editor; keyboard users reach the button with Tab. The count is of
 * things to change (finding groups), not of raw findings.
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
        aria-label={i18n.t('badge.label', [levelLabel(verdict.level), verdict.level])}
        onMouseDown={(e) => e.preventDefault()}
        onClick={p.onToggle}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && p.open) p.onClose();
        }}
      >
        {badgeGlyph(verdict, p.groups)}
      </button>
      <p class="tact-live tact-sr" aria-live="polite">
        {p.open || verdict.level !== 'ok' ? summaryOf(verdict, p.groups) : ''}
      </p>
      {p.open && (
        <CoachCard
          {...p}
          onClose={() => {
            // Focus may be inside the card, which is about to go: hand it back to the badge, not to nowhere.
            if (p.open && badge.current && (badge.current.getRootNode() as ShadowRoot).activeElement) badge.current.focus();
            p.onClose();
          }}
        />
      )}
    </>
  );
}
