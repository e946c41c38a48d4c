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

const when = (ms: number | null) => (ms ? new Date(ms).toLocaleDateString() : null);

/** What the notebook says about the person this draft is for, so the advice has its context. */
export function ContactContextBlock({ contact, addresseeLabel, canAdd, addState, onOpen, onAdd }: Props) {
  if (contact) {
    const last = when(contact.lastInteraction);
    return (
      <div class="tact-contact" data-contact-id={contact.id}>
        <p>
          <strong>{contact.name}</strong>: {contact.relationship}
          {contact.tags.length ? ` · ${contact.tags.join(', ')}` : ''}
        </p>
        {contact.howWeMet && <p>Met: {contact.howWeMet}</p>}
        {contact.latestNote && <p>Note: {contact.latestNote}</p>}
        {last && <p>Last talked: {last}</p>}
        <button type="button" class="tact-link tact-open-contact" onClick={() => onOpen(contact.id)}>
          Open in notebook
        </button>
      </div>
    );
  }
  if (!addresseeLabel) return null;
  return (
    <div class="tact-contact">
      <p>{addresseeLabel} is not in your notebook.</p>
      {canAdd && addState !== 'added' && (
        <button type="button" class="tact-link tact-add-contact" disabled={addState === 'adding'} onClick={onAdd}>
          {addState === 'failed' ? 'Could not add. Try again' : 'Add to notebook'}
        </button>
      )}
      {addState === 'added' && <p>Added to your notebook.</p>}
    </div>
  );
}
