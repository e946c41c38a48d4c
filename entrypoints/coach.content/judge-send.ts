import { classifyDraft } from '@/lib/classifier/classify-draft';
import type { Verdict } from '@/lib/classifier/types';
import { buildClassifyInput } from '@/lib/composers/audience';
import type { Audience, ComposerAdapter, ContactSummary, FoundComposer } from '@/lib/composers/types';
import { readAudience, withOutreach } from './check-draft';
import type { CoachDeps } from './coach-deps';

export interface SendJudgement {
  text: string;
  audience: Audience;
  verdict: Verdict;
}

/**
 * The verdict on the draft at the instant of a send, synchronously: the event must be held or let
 * go before the listener returns, so the debounced badge's verdict (perhaps from before the last
 * keystroke) is never used. The contact comes from the last check (the notebook answers
 * asynchronously); the text and the audience are read now. Long drafts are classified here too:
 * one send is worth tens of milliseconds, and the background cannot answer in time.
 */
export function judgeSend(
  adapter: ComposerAdapter,
  found: FoundComposer,
  deps: CoachDeps,
  readText: () => string,
  contact: ContactSummary | null,
): SendJudgement {
  const text = readText();
  const audience = readAudience(adapter, found, text, deps);
  const settings = deps.settings();
  const input = buildClassifyInput(text, adapter.network, audience, contact ?? undefined);
  const verdict = classifyDraft(input, { sensitivity: settings.sensitivity, mutedRules: settings.mutedRules, model: deps.model() });
  return { text, audience, verdict: withOutreach(adapter.network, found, text, audience, verdict, deps) };
}
