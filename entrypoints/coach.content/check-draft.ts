import { classify } from '@/lib/classifier';
import type { Verdict } from '@/lib/classifier/types';
import { addressee, buildClassifyInput, mentionsIn } from '@/lib/composers/audience';
import { classifyInBackground, REMOTE_FROM_CHARS } from '@/lib/composers/classify-remote';
import { readEditorText, readFieldText, type DraftText } from '@/lib/composers/read-draft';
import type { Audience, ComposerAdapter, ContactSummary, FoundComposer } from '@/lib/composers/types';
import type { CoachDeps } from './coach-deps';

export interface DraftCheck {
  draft: DraftText;
  audience: Audience;
  contact: ContactSummary | null;
  verdict: Verdict;
}

export const readDraft = (editor: HTMLElement): DraftText =>
  editor.tagName === 'TEXTAREA' ? readFieldText(editor as HTMLTextAreaElement) : readEditorText(editor);

function readAudience(adapter: ComposerAdapter, found: FoundComposer, text: string, deps: CoachDeps): Audience {
  try {
    const a = adapter.audience(found, document, new URL(location.href));
    return { ...a, mentions: a.mentions.length ? a.mentions : mentionsIn(text) };
  } catch (err) {
    deps.logOnce(`${adapter.network}:audience`, err);
    return { kind: found.kind, mentions: mentionsIn(text) };
  }
}

/**
 * One check of one composer: read the draft and its audience, ask the notebook about the person it
 * addresses, classify. Returns null when a newer check started meanwhile (`isCurrent`) or classify failed.
 */
export async function checkDraft(adapter: ComposerAdapter, found: FoundComposer, deps: CoachDeps, isCurrent: () => boolean): Promise<DraftCheck | null> {
  const network = adapter.network;
  let draft = readDraft(found.editor);
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
    draft = readDraft(found.editor); // the user may have typed while the notebook answered
  }
  const settings = deps.settings();
  const input = buildClassifyInput(draft.text, network, audience, contact ?? undefined);
  const options = { sensitivity: settings.sensitivity, mutedRules: settings.mutedRules };
  try {
    if (draft.text.length < REMOTE_FROM_CHARS) return { draft, audience, contact, verdict: classify(input, options) };
    const verdict = await classifyInBackground(input, options).catch((err) => {
      deps.logOnce('classify-remote', err);
      return classify(input, options);
    });
    return isCurrent() ? { draft, audience, contact, verdict } : null;
  } catch (err) {
    deps.logOnce('classify', err);
    return null;
  }
}
