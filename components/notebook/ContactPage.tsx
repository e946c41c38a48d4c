import { i18n } from '@/runtime/i18n';
import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { getNetwork } from '@/lib/networks';
import type { CoachingEvent, Contact, ContactInput } from '@/lib/db/types';
import { CoachingHistory } from './CoachingHistory';
import { ContactEditor } from './ContactEditor';
import { lastTalked } from './format-date';
import { RelationshipChip } from './RelationshipChip';

interface Props {
  contact: Contact;
  history: CoachingEvent[];
  now: number;
  /** `basedOn`: the updatedAt of the copy the edit started from (a stale copy is refused). */
  onSave: (input: ContactInput, basedOn: number) => Promise<void>;
  onDelete: () => void;
  onBack: () => void;
  /** The "Merge with…" panel for this contact, shown when the user asks for it. */
  mergePanel: (close: () => void) => ComponentChildren;
}

/** One person: everything the notebook knows, editable, and how coached drafts to them went. */
export function ContactPage({ contact: c, history, now, onSave, onDelete, onBack, mergePanel }: Props) {
  // The copy being edited: the page below updates live, the form keeps what the user typed.
  const [editing, setEditing] = useState<Contact | null>(null);
  const [merging, setMerging] = useState(false);
  if (editing) {
    return (
      <ContactEditor
        key={editing.updatedAt}
        title={i18n.t('contactPage.editTitle', [c.name])}
        initial={editing}
        onCancel={() => setEditing(null)}
        onReloadLatest={() => setEditing(c)}
        onSave={async (i) => {
          await onSave(i, editing.updatedAt);
          setEditing(null);
        }}
      />
    );
  }
  return (
    <article class="contact-page" data-contact-id={c.id}>
      <button type="button" class="link back" onClick={onBack}>
        ← {i18n.t('contactView.all')}
      </button>
      <h2 class="contact-name">{c.name}</h2>
      <p>
        <RelationshipChip relationship={c.relationship} />{' '}
        {c.tags.map((t) => (
          <span key={t} class="tag">
            {t}
          </span>
        ))}
      </p>
      {c.title && (
        <p class="title">
          {c.title}
          {c.org ? ` · ${c.org}` : ''}
        </p>
      )}
      <dl>
        {c.howWeMet && (
          <>
            <dt>{i18n.t('contactEditor.howWeMet')}</dt>
            <dd>{c.howWeMet}</dd>
          </>
        )}
        {c.notes && (
          <>
            <dt>{i18n.t('contactEditor.notes')}</dt>
            <dd class="notes">{c.notes}</dd>
          </>
        )}
        <dt>{i18n.t('contactPage.lastTalked')}</dt>
        <dd>{lastTalked(c.lastInteraction, now)}</dd>
        {c.keepInTouchDays && (
          <>
            <dt>{i18n.t('contactPage.keepInTouch')}</dt>
            <dd>{i18n.t('contactPage.every', c.keepInTouchDays)}</dd>
          </>
        )}
        {c.handles.map((h) => (
          <Fragment key={`${h.network}:${h.handle}`}>
            <dt>{getNetwork(h.network)?.name ?? h.network}</dt>
            <dd>
              {h.profileUrl ? (
                <a href={safeUrl(h.profileUrl)} target="_blank" rel="noreferrer">
                  {h.handle}
                </a>
              ) : (
                h.handle
              )}
            </dd>
          </Fragment>
        ))}
        {c.emails?.length ? (
          <>
            <dt>{i18n.t('contactPage.email')}</dt>
            <dd>{c.emails.join(', ')}</dd>
          </>
        ) : null}
        {c.phones?.length ? (
          <>
            <dt>{i18n.t('contactPage.phone')}</dt>
            <dd>{c.phones.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <div class="actions">
        <button type="button" class="primary" onClick={() => setEditing(c)}>
          {i18n.t('contactPage.edit')}
        </button>
        <button type="button" aria-expanded={merging} onClick={() => setMerging(!merging)}>
          {i18n.t('contactPage.mergeWith')}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          {i18n.t('contactPage.delete')}
        </button>
      </div>
      {merging && mergePanel(() => setMerging(false))}
      <h3>{i18n.t('contactPage.history')}</h3>
      <CoachingHistory events={history} />
    </article>
  );
}

/** Only http(s) links become clickable; anything else (javascript:, data:) is shown as text by omission. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
