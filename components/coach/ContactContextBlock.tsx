import { relationshipWord } from '../notebook/popup-words';
import { i18n } from '@/runtime/i18n';
import { uiLocale } from '@/runtime/say';
import type { ContactSummary } from '@/lib/messaging/protocol';

export type AddState = 'idle' | 'adding' | 'added' | 'failed';

interface Props {
  contact: ContactSummary | null;
  /** The person the draft addresses, when known; shown with an "add" button if not in the notebook. */
  addresseeLabel?: string;
  canAdd: boolean;
  addState: AddState;
  onOpen: (id: string) => void;
  onAdd: () => void;
}

const when = (ms: number | null) => (ms ? new Date(ms).toLocaleDateString(uiLocale()) : null);

/** What the notebook says about the person this draft is for, so the advice has its context. */
export function ContactContextBlock({ contact, addresseeLabel, canAdd, addState, onOpen, onAdd }: Props) {
  if (contact) {
    const last = when(contact.lastInteraction);
    return (
      <div class="tact-contact" data-contact-id={contact.id}>
        <p>
          <strong>{contact.name}</strong>: {relationshipWord(contact.relationship)}
          {contact.tags.length ? ` · ${contact.tags.join(', ')}` : ''}
        </p>
        {contact.howWeMet && <p>{i18n.t('contactBlock.met', [contact.howWeMet])}</p>}
        {contact.latestNote && <p>{i18n.t('contactBlock.note', [contact.latestNote])}</p>}
        {last && <p>{i18n.t('contactBlock.lastTalked', [last])}</p>}
        <button type="button" class="tact-link tact-open-contact" onClick={() => onOpen(contact.id)}>
          {i18n.t('contactBlock.open')}
        </button>
      </div>
    );
  }
  if (!addresseeLabel) return null;
  return (
    <div class="tact-contact">
      <p>{i18n.t('contactBlock.notInNotebook', [addresseeLabel])}</p>
      {canAdd && addState !== 'added' && (
        <button type="button" class="tact-link tact-add-contact" disabled={addState === 'adding'} onClick={onAdd}>
          {addState === 'failed' ? i18n.t('contactBlock.addFailed') : i18n.t('contactBlock.add')}
        </button>
      )}
      {addState === 'added' && <p>{i18n.t('contactBlock.added')}</p>}
    </div>
  );
}
