import { i18n } from '@/runtime/i18n';
import { networks } from '@/lib/networks';
import type { ContactHandle } from '@/lib/db/types';

const choices = networks.filter((n) => n.id !== 'generic');

interface Props {
  handles: ContactHandle[];
  onChange: (handles: ContactHandle[]) => void;
}

/**
 * The person's accounts: what the coach recognises them by. Each account is a labelled group laid out on two
 * lines (network and handle, then the profile URL and Remove), so it fits a 400 px popup (issue 9).
 */
export function HandleFields({ handles, onChange }: Props) {
  const set = (i: number, patch: Partial<ContactHandle>) => onChange(handles.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <fieldset class="handles">
      <legend>{i18n.t('handles.legend')}</legend>
      {handles.map((h, i) => (
        <div class="handle-row" role="group" aria-label={i18n.t('handles.group', [String(i + 1)])} key={i}>
          <label>
            {i18n.t('handles.network')}
            <select value={h.network} onChange={(e) => set(i, { network: e.currentTarget.value })}>
              {choices.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('handles.handle')}
            <input placeholder={i18n.t('handles.handleHint')} value={h.handle} onInput={(e) => set(i, { handle: e.currentTarget.value })} />
          </label>
          <label class="handle-url">
            {i18n.t('handles.profileUrl')}
            <input
              type="url"
              placeholder={i18n.t('handles.urlHint')}
              value={h.profileUrl ?? ''}
              onInput={(e) => set(i, { profileUrl: e.currentTarget.value || undefined })}
            />
          </label>
          <button type="button" class="handle-remove" onClick={() => onChange(handles.filter((_, j) => j !== i))}>
            {i18n.t('handles.remove')}
          </button>
        </div>
      ))}
      <button type="button" class="link" onClick={() => onChange([...handles, { network: 'linkedin', handle: '' }])}>
        {i18n.t('handles.add')}
      </button>
    </fieldset>
  );
}
