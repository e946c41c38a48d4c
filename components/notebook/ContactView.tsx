import { i18n } from '@/runtime/i18n';
import { deleteContact, updateContact, type DeletedContact } from '@/lib/db/contacts';
import type { TactDb } from '@/lib/db/schema';
import type { MergedContacts } from '@/lib/db/merge-write';
import { ContactPage } from './ContactPage';
import { MergeWith } from './MergeWith';
import { useContact } from './use-notebook';

interface Props {
  db: TactDb;
  id: string;
  now: number;
  onDeleted: (d: DeletedContact) => void;
  onMerged: (m: MergedContacts) => void;
  onBack: () => void;
}

export function ContactView({ db, id, now, onDeleted, onMerged, onBack }: Props) {
  const { data, loaded } = useContact(db, id);
  if (!loaded) return null;
  if (!data.contact)
    return (
      <p class="empty">
        {i18n.t('contactView.gone')}{' '}
        <button type="button" class="link" onClick={onBack}>
          {i18n.t('contactView.all')}
        </button>
      </p>
    );
  return (
    <ContactPage
      contact={data.contact}
      history={data.history}
      now={now}
      onBack={onBack}
      mergePanel={(close) => (
        <MergeWith
          db={db}
          contact={data.contact!}
          onClose={close}
          onMerged={(m) => {
            close();
            onMerged(m);
          }}
        />
      )}
      onSave={async (input, basedOn) => {
        await updateContact(db, id, input, Date.now(), basedOn);
      }}
      onDelete={async () => {
        const d = await deleteContact(db, id);
        if (d) onDeleted(d);
      }}
    />
  );
}
