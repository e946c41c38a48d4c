import type { MergeChoices } from '@/lib/import-export/plan';
import type { ImportDuplicate } from '@/lib/import-export/run-import';

interface Props {
  duplicates: ImportDuplicate[];
  choices: MergeChoices;
  onChange: (choices: MergeChoices) => void;
}

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
    <section class="duplicates" aria-label="Possible duplicates">
      <h3>Possible duplicates</h3>
      <p class="hint">Merging keeps every account, circle, email and note of both; nothing is lost.</p>
      <ul>
        {duplicates.map((d) => (
          <li key={`${d.source}|${d.match.id}`}>
            <label class="check-row">
              <input type="checkbox" checked={choices[d.source] === d.match.id} onChange={(e) => toggle(d, e.currentTarget.checked)} />
              <span>
                Merge {d.name} ({d.source}) into {d.match.name}: {d.reason}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
