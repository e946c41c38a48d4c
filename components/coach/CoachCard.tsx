import type { Finding, Verdict } from '@/lib/classifier/types';
import { ContactContextBlock, type AddState } from './ContactContextBlock';
import { summaryOf } from './level-text';
import type { ContactSummary } from '@/lib/messaging/protocol';

/** The card lists at most this many findings; a 100 KB paste must not render hundreds of items. */
const SHOWN = 20;

export interface CardProps {
  verdict: Verdict;
  contact: ContactSummary | null;
  addresseeLabel?: string;
  /** Who the page says will see it ("Public", "Connections"), which can change the norm. */
  sharedWith?: string;
  canAdd: boolean;
  addState: AddState;
  below: boolean;
  onDismiss: () => void;
  onMute: (ruleId: string) => void;
  onPause: () => void;
  onOpenContact: (id: string) => void;
  onAddContact: () => void;
  /** Escape inside the card closes it. */
  onEscape?: () => void;
}

function FindingItem({ finding, onMute }: { finding: Finding; onMute: (id: string) => void }) {
  return (
    <li data-rule-id={finding.ruleId} data-severity={finding.severity} data-source={finding.source}>
      <span class="tact-actual">“{finding.actual}”</span>
      {finding.source === 'model' && (
        <span class="tact-source" title="Found by Tact's learned model, which reads the whole draft">
          learned
        </span>
      )}
      <p class="tact-note">{finding.note}</p>
      {finding.suggestion && <p class="tact-suggestion">Try: {finding.suggestion}</p>}
      <button type="button" class="tact-mute" onClick={() => onMute(finding.ruleId)}>
        Mute rule
      </button>
    </li>
  );
}

export function CoachCard(p: CardProps) {
  const { verdict } = p;
  const shown = verdict.findings.slice(0, SHOWN);
  return (
    <div
      class="tact-card"
      role="dialog"
      aria-label="Tact coach"
      data-below={p.below ? '' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onEscape?.();
      }}
    >
      {/* Visible twin of the badge's live region; hidden from screen readers so it is not read twice. */}
      <p class="tact-summary" aria-hidden="true">
        {summaryOf(verdict)}
      </p>
      <p class="tact-norm">
        {verdict.norm.reason}
        {p.sharedWith ? ` (shared with: ${p.sharedWith})` : ''}
      </p>
      {shown.length > 0 && (
        <ul class="tact-findings">
          {shown.map((f) => (
            <FindingItem key={`${f.ruleId}:${f.start}`} finding={f} onMute={p.onMute} />
          ))}
        </ul>
      )}
      {verdict.findings.length > SHOWN && <p class="tact-more">…and {verdict.findings.length - SHOWN} more.</p>}
      <ContactContextBlock
        contact={p.contact}
        addresseeLabel={p.addresseeLabel}
        canAdd={p.canAdd}
        addState={p.addState}
        onOpen={p.onOpenContact}
        onAdd={p.onAddContact}
      />
      <div class="tact-actions">
        <button type="button" class="tact-action tact-dismiss" onClick={p.onDismiss}>
          Dismiss
        </button>
        <button type="button" class="tact-action tact-pause" onClick={p.onPause}>
          Pause on this site
        </button>
      </div>
    </div>
  );
}
