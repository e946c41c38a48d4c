import { useState } from 'preact/hooks';
import type { ContactInput, Norm } from '@/lib/db/types';
import { storageErrorMessage } from '@/lib/db/storage-errors';
import { translate } from '@/runtime/i18n';
import { HandleFields } from './HandleFields';

interface Props {
  initial: ContactInput;
  onSave: (input: ContactInput) => Promise<void>;
  onCancel: () => void;
  /** Offered when the save was refused because another window changed the contact meanwhile. */
  onReloadLatest?: () => void;
  title: string;
}

const list = (s: string) =>
  s
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Everything the user can say about a person. Validation lives in lib/db; errors show here as text. */
export function ContactEditor({ initial, onSave, onCancel, onReloadLatest, title }: Props) {
  const [c, setC] = useState<ContactInput>(initial);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [error, setError] = useState('');
  const [stale, setStale] = useState(false);
  const set = (patch: Partial<ContactInput>) => setC({ ...c, ...patch });
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    setStale(false);
    try {
      await onSave({ ...c, tags: list(tags), handles: c.handles.filter((h) => h.handle.trim()) });
    } catch (err) {
      setError(storageErrorMessage(err, translate));
      setStale(err instanceof Error && err.name === 'StaleWriteError');
    }
  };
  return (
    <form class="editor" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      <label>
        Name
        <input name="name" value={c.name} onInput={(e) => set({ name: e.currentTarget.value })} required />
      </label>
      <label>
        Relationship
        <select name="relationship" value={c.relationship} onChange={(e) => set({ relationship: e.currentTarget.value as Norm })}>
          <option value="social">Social: family, friends (gifts, favours, no prices)</option>
          <option value="market">Market: clients, vendors (prices, offers)</option>
          <option value="hybrid">Hybrid: both, e.g. a friend who is also a client</option>
        </select>
      </label>
      <label>
        Circles (comma-separated)
        <input name="tags" placeholder="family, friend, colleague, client…" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label>
        How we met
        <input name="howWeMet" value={c.howWeMet} onInput={(e) => set({ howWeMet: e.currentTarget.value })} />
      </label>
      <label>
        Notes
        <textarea name="notes" rows={3} value={c.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </label>
      <label>
        Keep in touch every (days)
        <input
          name="keepInTouchDays"
          type="number"
          min={1}
          max={3650}
          value={c.keepInTouchDays ?? ''}
          onInput={(e) => set({ keepInTouchDays: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        />
      </label>
      <HandleFields handles={c.handles} onChange={(handles) => set({ handles })} />
      <label>
        Organisation
        <input name="org" value={c.org ?? ''} onInput={(e) => set({ org: e.currentTarget.value || undefined })} />
      </label>
      <label>
        Title / headline
        <input name="title" value={c.title ?? ''} onInput={(e) => set({ title: e.currentTarget.value || undefined })} />
      </label>
      <label>
        Emails (comma-separated)
        <input name="emails" value={(c.emails ?? []).join(', ')} onChange={(e) => set({ emails: list(e.currentTarget.value) })} />
      </label>
      <label>
        Phones (comma-separated)
        <input name="phones" value={(c.phones ?? []).join(', ')} onChange={(e) => set({ phones: list(e.currentTarget.value) })} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
          {stale && onReloadLatest && (
            <>
              {' '}
              <button type="button" class="link" onClick={onReloadLatest}>
                Load the latest
              </button>
            </>
          )}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
