/**
 * The learned scorer beside the rules: two heads (pitch, intrude) over normalised word and character
 * n-grams, trained by `npm run train`. It answers audience-free questions; the caller applies the norm.
 */
import type { Token } from '../tokenize';
import type { Direction, Finding, Severity } from '../types';
import type { Span } from './explain';
import { strongestSpans } from './explain';
import { rawFeatures } from './features';
import { readsAsEnglish } from './language';
import type { LoadedModel } from './model-codec';
import type { HeadName } from './model-types';
import { normalize } from './normalize';
import { noteFor } from './notes';
import { bestWindow, contributions, sigmoid } from './score-heads';

export type { LoadedModel } from './model-codec';
export type { HeadName, ModelData } from './model-types';

export const HEADS: readonly HeadName[] = ['pitch', 'intrude'];
export const MODEL_RULE_IDS: Record<HeadName, string> = { pitch: 'model.pitch-language', intrude: 'model.private-life' };
export const HEAD_DIRECTION: Record<HeadName, Direction> = { pitch: 'social-to-market', intrude: 'market-to-social' };
const CATEGORY: Record<HeadName, string> = { pitch: 'pitch-language', intrude: 'private-life' };

/** What one head found in a draft: its probability and the spans that carried it, as findings. */
export interface HeadEvidence {
  head: HeadName;
  p: number;
  findings: Finding[];
}

/**
 * Scores both heads; undefined when the draft does not read as English (the rule packs cover the
 * rest). Pass the rule tokenizer's tokens when you have them, so the draft is tokenised once.
 */
export function modelEvidence(text: string, model: LoadedModel, ruleTokens?: Token[]): Record<HeadName, HeadEvidence> | undefined {
  const { tokens, flags } = normalize(text, ruleTokens);
  if (tokens.length === 0 || !readsAsEnglish(tokens)) return undefined;
  const raw = rawFeatures(tokens, flags, model.data.features);
  const { size, stride } = model.data.window;
  const out = {} as Record<HeadName, HeadEvidence>;
  for (const head of HEADS) {
    const h = model.heads[head];
    const win = bestWindow(h, raw, size, stride);
    const p = sigmoid(h.a * win.z + h.b);
    const severity: Severity = p >= 0.9 ? 'high' : p >= 0.7 ? 'medium' : 'low';
    const spans = strongestSpans(tokens.slice(win.start, win.end), contributions(h, raw, win));
    out[head] = { head, p, findings: spans.map((s) => toFinding(text, head, s, severity)) };
  }
  return out;
}

function toFinding(text: string, head: HeadName, span: Span, severity: Severity): Finding {
  const note = noteFor(head, span.words);
  return {
    ruleId: MODEL_RULE_IDS[head],
    category: CATEGORY[head],
    severity,
    direction: HEAD_DIRECTION[head],
    start: span.start,
    end: span.end,
    actual: text.slice(span.start, span.end),
    note: note.note,
    suggestion: note.suggestion,
    source: 'model',
  };
}
