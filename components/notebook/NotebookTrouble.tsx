import type { NotebookProblem } from '@/lib/db/notebook-health';
import { readNotebookAsIs } from '@/lib/db/readable-notebook';
import { i18n } from '@/runtime/i18n';
import { ExportReadable } from './ExportReadable';

/** In place of the notebook when it will not open: what is wrong, what the user can do, and what still works. */
export function NotebookTrouble({ problem }: { problem: NotebookProblem }) {
  const stuck = problem.kind === 'stuck';
  return (
    <section class="notebook-trouble" role="alert" aria-label={i18n.t(stuck ? 'faults.stuckTitle' : 'faults.failedTitle')}>
      <h2>{i18n.t(stuck ? 'faults.stuckTitle' : 'faults.failedTitle')}</h2>
      <p>{stuck ? i18n.t('faults.stuck') : i18n.t('faults.failed', [problem.error])}</p>
      <p>{i18n.t('faults.coachGoesOn')}</p>
      <ExportReadable read={() => readNotebookAsIs(3000)} />
    </section>
  );
}
