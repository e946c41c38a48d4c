import type { MergeChoices } from '@/lib/import-export/plan';
import type { DuplicateReason } from '@/lib/db/duplicates';
import type { ImportDuplicate } from '@/lib/import-export/run-import';
import { sourceWords } from '@/lib/import-export/source';
import { i18n } from '@/runtime/i18n';
import { say } from '@/runtime/say';

interface Props {
  duplicates: ImportDuplicate[];
  choices: MergeChoices;
  onChange: (choices: MergeChoices) => void;
}

const REASON = {
  'same name': 'importer.sameName',
  'same email': 'importer.sameEmail',
  'same account': 'importer.sameAccount',
} as const satisfies Record<DuplicateReason, string>;

/** New people in the file who look like someone already in the notebook, each with a "merge" choice. */
export function ImportDuplicates({ duplicates, choices, onChange }: Props) {
  if (!duplicates.length) return null;
  const toggle = (d: ImportDuplicate, on: boolean) => {
    const next = { ...choices };
    if (on) next[d.source] = d.match.id;
    else delete next[d.source];
    onChange(next);
  };
  return (
    <section class="duplicates" aria-label={i18n.t('importer.duplicates')}>
      <h3>{i18n.t('importer.duplicates')}</h3>
      <p class="hint">{i18n.t('importer.mergeHint')}</p>
      <ul>
        {duplicates.map((d) => (
          <li key={`${d.source}|${d.match.id}`}>
            <label class="check-row">
              <input type="checkbox" checked={choices[d.source] === d.match.id} onChange={(e) => toggle(d, e.currentTarget.checked)} />
              <span>{i18n.t('importer.mergeOffer', [d.name, say(sourceWords(d.source)), d.match.name, i18n.t(REASON[d.reason])])}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
