import { i18n } from '@/runtime/i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { Verdict } from '@/lib/classifier/types';
import type { FindingGroup } from '@/lib/coach/group-findings';
import type { ContactSummary } from '@/lib/messaging/protocol';
import { CardNoticeBlock, type CardNotice } from './CardNotice';
import { ContactContextBlock, type AddState } from './ContactContextBlock';
import { FindingGroupItem } from './FindingGroupItem';
import { leadOf } from './level-text';

/** The card lists at most this many groups; a 100 KB paste must not render hundreds of items. */
const SHOWN = 20;

export interface CardProps {
  verdict: Verdict;
  /** What to change, grouped by concern, without the groups the user dismissed. */
  groups: readonly FindingGroup[];
  /** Who will read the draft and what they will feel, in plain words. */
  audienceLine: string;
  openKey: string | null;
  notice: CardNotice | null;
  contact: ContactSummary | null;
  addresseeLabel?: string;
  canAdd: boolean;
  addState: AddState;
  below: boolean;
  onClose: () => void;
  onDismiss: () => void;
  onMute: (muteKey: string, label: string) => void;
  onUndoMute: (muteKey: string) => void;
  onPause: () => void;
  onConfirmPause: () => void;
  onCancelPause: () => void;
  onOpenContact: (id: string) => void;
  onAddContact: () => void;
}

/** Clicks outside our host close the card; clicks inside the shadow root are retargeted to the host. */
function useOutsideClick(card: { current: HTMLElement | null }, onOutside: () => void) {
  useEffect(() => {
    const host = (card.current?.getRootNode() as ShadowRoot | null)?.host;
    const doc = card.current?.ownerDocument;
    if (!host || !doc) return;
    const listener = (e: Event) => {
      if (!e.composedPath().includes(host)) onOutside();
    };
    doc.addEventListener('pointerdown', listener, true);
    return () => doc.removeEventListener('pointerdown', listener, true);
  }, [card, onOutside]);
}

export function CoachCard(p: CardProps) {
  const card = useRef<HTMLDivElement>(null);
  useOutsideClick(card, p.onClose);
  const shown = p.groups.slice(0, SHOWN);
  return (
    <div
      ref={card}
      class="tact-card"
      role="dialog"
      aria-label={i18n.t('card.label')}
      data-below={p.below ? '' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onClose();
      }}
    >
      <div class="tact-head">
        <p class="tact-lead">{leadOf(p.verdict, p.groups)}</p>
        <button type="button" class="tact-close" aria-label={i18n.t('card.close')} onClick={p.onClose}>
          ×
        </button>
      </div>
      <p class="tact-norm">{p.audienceLine}</p>
      {p.notice && (
        <CardNoticeBlock notice={p.notice} onUndoMute={p.onUndoMute} onConfirmPause={p.onConfirmPause} onCancelPause={p.onCancelPause} />
      )}
      {shown.length > 0 && (
        <ul class="tact-findings">
          {shown.map((g) => (
            <FindingGroupItem key={g.key} group={g} open={p.openKey === g.key} onMute={p.onMute} />
          ))}
        </ul>
      )}
      {p.groups.length > SHOWN && <p class="tact-more">{i18n.t('card.more', [String(p.groups.length - SHOWN)])}</p>}
      {shown.length > 0 && (
        <p class="tact-legend">
          <span class="tact-sev tact-sev-flip">{i18n.t('card.legendRed')}</span> {i18n.t('card.legendRedText')} ·{' '}
          <span class="tact-sev tact-sev-caution">{i18n.t('card.legendAmber')}</span> {i18n.t('card.legendAmberText')}
        </p>
      )}
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
          {i18n.t('card.dismiss')}
        </button>
        <button type="button" class="tact-action tact-pause" onClick={p.onPause}>
          {i18n.t('card.pauseSite')}
        </button>
      </div>
    </div>
  );
}
