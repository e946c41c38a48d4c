import { classifyDraft } from '@/lib/classifier/classify-draft';
import type { Verdict } from '@/lib/classifier/types';
import { addressee, buildClassifyInput, mentionsIn } from '@/lib/composers/audience';
import type { DraftText } from '@/lib/composers/read-draft';
import type { Audience, ComposerAdapter, ContactSummary, FoundComposer } from '@/lib/composers/types';
import { applyOutreach, OUTREACH_RULE_ID, recipientKey } from '@/lib/outreach';
import { send } from '@/runtime/messaging';
import type { CoachDeps } from './coach-deps';

// A 100 KB draft takes the classifier 20–60 ms (and more on a GC pause): on the page's main thread
// that is a long task the user feels as a frozen box. Long drafts are classified in the background
// instead, which runs in its own process; short ones stay local, where they take a few ms.
const REMOTE_FROM_CHARS = 20_000;

export interface DraftCheck {
  draft: DraftText;
  audience: Audience;
  contact: ContactSummary | null;
  verdict: Verdict;
}

export function readAudience(adapter: ComposerAdapter, found: FoundComposer, text: string, deps: CoachDeps): Audience {
  try {
    // The editor's own document, not the global one: the same in the page, and a parsed page in tests.
    const doc = found.editor.ownerDocument;
    const a = adapter.audience(found, doc, new URL(doc.location.href));
    return { ...a, mentions: a.mentions.length ? a.mentions : mentionsIn(text) };
  } catch (err) {
    deps.logOnce(`${adapter.network}:audience`, err);
    return { kind: found.kind, mentions: mentionsIn(text) };
  }
}

/** The copy-paste finding (issue 10), from the in-memory fingerprints: synchronous, like the rest. */
export function withOutreach(
  network: string,
  found: FoundComposer,
  text: string,
  audience: Audience,
  verdict: Verdict,
  deps: CoachDeps,
): Verdict {
  if (!deps.outreach || deps.settings().mutedRules.includes(OUTREACH_RULE_ID)) return verdict;
  const key = recipientKey(network, audience, found.editor.ownerDocument.location.href);
  const match = deps.outreach.match(text, key);
  return match ? applyOutreach(verdict, match, text) : verdict;
}

/**
 * One check of one composer: read the draft and its audience, ask the notebook about the person it
 * addresses, classify. Returns null when a newer check started meanwhile (`isCurrent`) or classify failed.
 */
export async function checkDraft(
  adapter: ComposerAdapter,
  found: FoundComposer,
  deps: CoachDeps,
  isCurrent: () => boolean,
  readDraft: () => DraftText,
): Promise<DraftCheck | null> {
  const network = adapter.network;
  let draft = readDraft();
  const audience = readAudience(adapter, found, draft.text, deps);
  const person = addressee(audience);
  let contact: ContactSummary | null = null;
  if (person?.handle) {
    try {
      contact = await deps.resolveContact({ network, handle: person.handle });
    } catch (err) {
      deps.logOnce('notebook', err);
    }
    if (!isCurrent()) return null;
    draft = readDraft(); // the user may have typed while the notebook answered
  }
  const settings = deps.settings();
  const input = buildClassifyInput(draft.text, network, audience, contact ?? undefined);
  const options = { sensitivity: settings.sensitivity, mutedRules: settings.mutedRules };
  const local = () => classifyDraft(input, { ...options, model: deps.model() });
  try {
    const done = (verdict: Verdict): DraftCheck => ({
      draft,
      audience,
      contact,
      verdict: withOutreach(network, found, draft.text, audience, verdict, deps),
    });
    if (draft.text.length < REMOTE_FROM_CHARS) return done(local());
    const verdict = await send('coach.classify', { input, options }).catch((err) => {
      deps.logOnce('classify-remote', err);
      return local();
    });
    return isCurrent() ? done(verdict) : null;
  } catch (err) {
    deps.logOnce('classify', err);
    return null;
  }
}
