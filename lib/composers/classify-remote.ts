import { browser } from 'wxt/browser';
import { classify } from '../classifier';
import type { ClassifyInput, ClassifyOptions, Verdict } from '../classifier/types';

// A 100 KB draft takes the classifier 20–60 ms (and more on a GC pause): on the page's main thread
// that is a long task the user feels as a frozen box. Long drafts are classified in the background
// instead, which runs in its own process; short ones stay local, where they take a few ms.
export const REMOTE_FROM_CHARS = 20_000;
const TYPE = 'coach.classify';

interface ClassifyMessage {
  type: typeof TYPE;
  input: ClassifyInput;
  options?: ClassifyOptions;
}

type Reply = { ok: true; verdict: Verdict } | { ok: false; error: string };

/** Content-script side: the same classify(), run in the background. Rejects if no answer. */
export async function classifyInBackground(input: ClassifyInput, options?: ClassifyOptions): Promise<Verdict> {
  const reply = (await browser.runtime.sendMessage({ type: TYPE, input, options } satisfies ClassifyMessage)) as Reply | undefined;
  if (!reply || typeof reply !== 'object') throw new Error(`${TYPE}: no answer from the Tact background`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.verdict;
}

/** Background side; called once from background.ts. Answers only `coach.classify`, from Tact itself. */
export function registerClassifyHandler(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Reply) => void) => {
    const m = message as ClassifyMessage | null;
    if (!m || typeof m !== 'object' || m.type !== TYPE) return undefined;
    if (sender.id && sender.id !== browser.runtime.id) return undefined;
    try {
      // classify() checks its own input (text type, network id, norms) and throws a readable error.
      sendResponse({ ok: true, verdict: classify(m.input, m.options) });
    } catch (err) {
      sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) });
    }
    // `true` keeps the channel for sendResponse (WXT's fakeBrowser needs it even for a synchronous reply).
    return true;
  });
}
