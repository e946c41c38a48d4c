import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { watchNotebookOpen, type NotebookProblem } from '@/lib/db/notebook-health';
import type { TactDb } from '@/lib/db/schema';
import { NotebookTrouble } from './NotebookTrouble';

/** How long an open may take before the popup says it is not opening (a cold open of 10,000 contacts takes < 1 s). */
const PATIENCE_MS = 3000;

/**
 * The notebook when it opens; in its place, what is wrong when it does not. A stuck open that completes later
 * (the other window was closed) brings the notebook back without a reload.
 */
export function NotebookGate({ db, children }: { db: TactDb; children: ComponentChildren }) {
  const [problem, setProblem] = useState<NotebookProblem | null>(null);
  useEffect(() => watchNotebookOpen(db, PATIENCE_MS, setProblem), [db]);
  return problem ? <NotebookTrouble problem={problem} /> : <>{children}</>;
}
