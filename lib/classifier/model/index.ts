/**
 * The learned scorer beside the rules: two heads (pitch, intrude) over normalised word and character
 * n-grams, trained by `npm run train`. It answers audience-free questions; the caller applies the norm.
 */
import type { Direction, Finding, Severity } from '../types';
import type { Span } from './explain';
import { strongestSpans } from './explain';
import { readsAsEnglish } from './language';
import { MODEL_DATA } from './model.generated';
import type { HeadName } from './model-types';
import { normalize } from './normalize';
import { noteFor } from './notes';
import { scoreHeads } from './score-heads';
import type { LoadedModel } from './weights';
import { decodeModel } from './weights';

export type { LoadedModel } from './weights';
export type { HeadName, ModelData } from './model-types';

export const MODEL_RULE_IDS: Record<HeadName, string> = { pitch: 'model.pitch-language', intrude: 'model.private-life' };
const CATEGORY: Record<HeadName, string> = { pitch: 'pitch-language', intrude: 'private-life' };
const DIRECTION: Record<HeadName, Direction> = { pitch: 'social-to-market', intrude: 'market-to-social' };

let committed: LoadedModel | undefined;

/** The model that ships, decoded on first use (a few milliseconds) and kept. */
export function shippedModel(): LoadedModel {
  committed ??= decodeModel(MODEL_DATA);
  return committed;
}

/** What one head found in a draft: its probability and the spans that carried it, as findings. */
export interface HeadEvidence {
  head: HeadName;
  p: number;
  findings: Finding[];
}

/** Scores both heads; undefined when the draft does not read as English (the rule packs cover the rest). */
export function modelEvidence(text: string, model: LoadedModel): Record<HeadName, HeadEvidence> | undefined {
  const { tokens, flags } = normalize(text);
  if (tokens.length === 0 || !readsAsEnglish(tokens)) return undefined;
  const scores = scoreHeads(model, tokens, flags);
  const out = {} as Record<HeadName, HeadEvidence>;
  for (const head of ['pitch', 'intrude'] as const) {
    const { p, tokens: window, contrib } = scores[head];
    const severity: Severity = p >= 0.9 ? 'high' : p >= 0.7 ? 'medium' : 'low';
    out[head] = { head, p, findings: strongestSpans(window, contrib).map((s) => toFinding(text, head, s, severity)) };
  }
  return out;
}

function toFinding(text: string, head: HeadName, span: Span, severity: Severity): Finding {
  const note = noteFor(head, span.words);
  return {
    ruleId: MODEL_RULE_IDS[head],
    category: CATEGORY[head],
    severity,
    direction: DIRECTION[head],
    start: span.start,
    end: span.end,
    actual: text.slice(span.start, span.end),
    note: note.note,
    suggestion: note.suggestion,
    source: 'model',
  };
}
