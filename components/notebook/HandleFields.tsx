import { networks } from '@/lib/networks';
import type { ContactHandle } from '@/lib/db/types';

const choices = networks.filter((n) => n.id !== 'generic');

interface Props {
  handles: ContactHandle[];
  onChange: (handles: ContactHandle[]) => void;
}

/** The person's accounts, one row per network: what the coach recognises them by. */
export function HandleFields({ handles, onChange }: Props) {
  const set = (i: number, patch: Partial<ContactHandle>) => onChange(handles.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <fieldset class="handles">
      <legend>Accounts</legend>
      {handles.map((h, i) => (
        <div class="handle-row" key={i}>
          <select aria-label="Network" value={h.network} onChange={(e) => set(i, { network: e.currentTarget.value })}>
            {choices.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
          <input aria-label="Handle" placeholder="handle" value={h.handle} onInput={(e) => set(i, { handle: e.currentTarget.value })} />
          <input
            aria-label="Profile URL"
            placeholder="https://…"
            value={h.profileUrl ?? ''}
            onInput={(e) => set(i, { profileUrl: e.currentTarget.value || undefined })}
          />
          <button type="button" aria-label="Remove account" onClick={() => onChange(handles.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" class="link" onClick={() => onChange([...handles, { network: 'linkedin', handle: '' }])}>
        + Add account
      </button>
    </fieldset>
  );
}
