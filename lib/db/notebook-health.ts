import type Dexie from 'dexie';

/**
 * Why the notebook is not there. `stuck`: the open neither succeeds nor fails, which is what IndexedDB does while
 * another connection refuses to let an upgrade through (a blocked upgrade holds every later open in the queue).
 * `failed`: the browser refused to open it.
 */
export type NotebookProblem = { kind: 'stuck' } | { kind: 'failed'; error: string };

export class NotebookUnavailable extends Error {
  override name = 'NotebookUnavailable';
  constructor(readonly problem: NotebookProblem) {
    super(problem.kind === 'failed' ? `The notebook cannot be opened: ${problem.error}` : 'The notebook is not opening.');
  }
}

const errorText = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/**
 * The notebook's state for a page: null once it is open, a problem after `ms` without an open or as soon as the
 * open fails. A stuck open that completes later (the other window closed) reports null then, so the page recovers
 * without a reload. Returns the function that stops reporting.
 */
export function watchNotebookOpen(db: Dexie, ms: number, onChange: (p: NotebookProblem | null) => void): () => void {
  let live = true;
  const report = (p: NotebookProblem | null) => live && onChange(p);
  const timer = setTimeout(() => report({ kind: 'stuck' }), ms);
  db.open().then(
    () => {
      clearTimeout(timer);
      report(null);
    },
    (err: unknown) => {
      clearTimeout(timer);
      report({ kind: 'failed', error: errorText(err) });
    },
  );
  return () => {
    live = false;
    clearTimeout(timer);
  };
}

/**
 * For the background: resolves when the notebook is open, rejects with NotebookUnavailable when it is not within
 * `ms`, and after one such wait rejects at once until the open completes, so the coach's look-ups fail fast and it
 * judges by each network's norms meanwhile.
 */
export function notebookGate(db: Dexie, ms = 1500): () => Promise<void> {
  let stuck = false;
  return async () => {
    // db.open() rather than db.isOpen(): while Dexie waits on a blocked upgrade it still holds the connection it
    // closed to ask for that upgrade, and isOpen() says true. Once open, open() resolves at once.
    const opening = db.open();
    // Both branches handled: a late failure with nobody waiting is not an unhandled rejection.
    opening.then(
      () => (stuck = false),
      () => undefined,
    );
    // Once an open has been found stuck, later calls give it only a moment: the coach must not wait each time.
    const wait = stuck ? 50 : ms;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stuck = true;
        reject(new NotebookUnavailable({ kind: 'stuck' }));
      }, wait);
    });
    try {
      await Promise.race([opening, late]);
    } catch (err) {
      if (err instanceof NotebookUnavailable) throw err;
      throw new NotebookUnavailable({ kind: 'failed', error: errorText(err) });
    } finally {
      clearTimeout(timer);
    }
  };
}
