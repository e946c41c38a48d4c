import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NotebookChromium } from './notebook-chromium';

export interface NodeNotebook {
  firstRenderMs: number;
  searchMs: number;
  searchP95Ms: number;
  import10kMs: number;
}

/** The Node bench's notebook figures (bench/notebook.ts), from a child process, or null if it failed. */
export function nodeNotebookFigures(quick: boolean): NodeNotebook | null {
  const script = fileURLToPath(new URL('./node-notebook.ts', import.meta.url));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...(quick ? ['--quick'] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const all = JSON.parse(out.trim().split('\n').pop()!) as NodeNotebook;
    return { firstRenderMs: all.firstRenderMs, searchMs: all.searchMs, searchP95Ms: all.searchP95Ms, import10kMs: all.import10kMs };
  } catch (err) {
    console.error(`bench:e2e: the Node notebook figures failed: ${(err as Error).message}`);
    return null;
  }
}

/** Chromium beside Node, so the ratio between the two holds on any machine. */
export function formatNotebookChromium(c: NotebookChromium, node: NodeNotebook | null): string {
  const ok = (b: boolean) => (b ? 'ok' : 'FAIL');
  const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '–');
  const lines = [
    `\nNotebook in Chromium (${c.contacts} contacts; ${c.engine}) beside Node (fake-indexeddb + linkedom), same run`,
    `                     Chromium                  Node       Chromium/Node  budget`,
    `first render median  ${c.firstRenderMs} ms (p95 ${c.firstRenderP95Ms}; ${c.firstRenderBeforeScriptMs} before any script)  ${node?.firstRenderMs ?? '–'} ms  ${ratio(c.firstRenderMs, node?.firstRenderMs)}  ≤ ${c.limits.firstRenderMs} ms ${ok(c.pass.firstRender)}`,
    `  from the notebook  ${c.firstRenderLiveMs} ms (same tab navigated again at once: ${c.firstRenderSameTabMs} ms); an empty extension page paints at ${c.blankPageFirstPaintMs} ms`,
    `  after a while away ${c.firstRenderColdMs} ms (the extension's process had ended; an empty extension page then: ${c.blankPageColdMs} ms)`,
    `search/key median    ${c.searchMs} ms  ${node?.searchMs ?? '–'} ms  ${ratio(c.searchMs, node?.searchMs)}`,
    `search/key p95       ${c.searchP95Ms} ms (${c.searchKeystrokes} keys; slowest ${c.searchMaxMs})  ${node?.searchP95Ms ?? '–'} ms  ${ratio(c.searchP95Ms, node?.searchP95Ms)}  ≤ ${c.limits.searchP95Ms} ms ${ok(c.pass.search)}`,
    `import 10k (file → done)  ${c.import10kMs} ms (preview ${c.importPreviewMs}), ${c.importCreated} new  ${node?.import10kMs ?? '–'} ms  ${ratio(c.import10kMs, node?.import10kMs)}  ≤ ${c.limits.import10kMs} ms ${ok(c.pass.import10k)}`,
    `import steps         ${Object.entries(c.importStepsMs)
      .map(([step, ms]) => `${step} ${ms}`)
      .join(', ')}`,
    `export backup        ${c.exportMs} ms, ${(c.exportBytes / 1e6).toFixed(1)} MB`,
    `IndexedDB alone      put 10,000 contacts one record each, with the v4 indexes ${c.indexedDbPut10kMs} ms; getAll ${c.indexedDbGetAll10kMs} ms (no Tact code: why contacts are packed since v5)`,
  ];
  return lines.join('\n');
}
