import { isNetworkId } from '../networks';
import { chooseNorm } from './choose-norm';
import type { RuleRef } from './compile-rules';
import { compiledRules } from './compile-rules';
import { matchPhrases } from './match-phrases';
import { HEADS, HEAD_DIRECTION, MODEL_RULE_IDS, modelEvidence } from './model';
import type { Token } from './tokenize';
import type { NormWeights } from './rules/types';
import { scanUrls } from './scan-urls';
import type { Weighed } from './score';
import { SEVERITY_WEIGHT, judge, thresholds } from './score';
import { tokenize } from './tokenize';
import type { ClassifyInput, ClassifyOptions, Direction, Finding, Norm, Verdict } from './types';

const NORMS = new Set<Norm>(['social', 'market', 'hybrid']);
const DEFAULT_WEIGHTS: Record<Direction, NormWeights> = {
  'social-to-market': { social: 1, hybrid: 0.65, market: 0.12 },
  'market-to-social': { market: 1, hybrid: 0.7, social: 0.2 },
};
/** Signals that show the writer is pitching: with them, private details read as a sales hook. */
const MARKET_FRAME_CATEGORIES = new Set([
  'selling',
  'calls-to-action',
  'promo-codes',
  'recruiting',
  'affiliate-links',
  'urgency',
  'investment-asks',
  'undisclosed-sponsorship',
]);
const HOOK_CATEGORIES = new Set(['private-data', 'private-topics']);
/** Below this a finding is not worth the user's attention for this audience. */
const SHOW_FROM = 0.15;
const MAX_FINDINGS = 200;

function validate(input: ClassifyInput): void {
  if (typeof input?.text !== 'string') throw new TypeError('classify: input.text must be a string');
  if (input.network !== undefined && !isNetworkId(input.network)) throw new RangeError(`classify: unknown network "${input.network}"`);
  if (input.audience !== undefined && !NORMS.has(input.audience)) throw new RangeError(`classify: unknown audience "${input.audience}"`);
  if (input.contact !== undefined && !NORMS.has(input.contact?.relationship)) {
    throw new RangeError('classify: contact.relationship must be social, market or hybrid');
  }
}

/**
 * classify() with the learned model passed in, never loaded: `options.model` undefined or null means
 * rules alone. The content script uses this so the model's weights are not bundled into every page;
 * the background hands them over once (entrypoints/coach.content/load-model.ts).
 */
export function classifyDraft(input: ClassifyInput, options: ClassifyOptions = {}): Verdict {
  validate(input);
  const { text } = input;
  const norm = chooseNorm(input);
  const rules = compiledRules(options.languages);
  const tokens = tokenize(text);
  const muted = new Set(options.mutedRules ?? []);

  const silenced = new Set(matchPhrases(rules.unless, tokens).map((m) => m.payload));
  const hits: { ref: RuleRef; start: number; end: number }[] = [];
  for (const m of matchPhrases(rules.signals, tokens)) {
    hits.push({ ref: m.payload, start: tokens[m.startToken].start, end: tokens[m.endToken - 1].end });
  }
  for (const u of scanUrls(tokens, rules.urls)) {
    hits.push({ ref: u.payload, start: tokens[u.tokenIndex].start, end: tokens[u.tokenIndex].end });
  }
  // A muted entry names one rule or a whole family (the card mutes what the user sees: "discount
  // codes"). Muting applies after overlaps are settled, so a sibling that lost those words to the
  // muted rule does not take its place.
  const isMuted = (ref: RuleRef) => muted.has(ref.rule.id) || muted.has(ref.family.category);
  const settled = dedupe(hits.filter((h) => !silenced.has(h.ref.rule.id)));
  const live = settled.filter((h) => !isMuted(h.ref));
  // The learned model does not read muted words either, or it would flag the same code in their place.
  const mutedSpans = settled.filter((h) => isMuted(h.ref));
  const modelTokens = mutedSpans.length ? tokens.filter((t) => !mutedSpans.some((h) => t.start < h.end && t.end > h.start)) : tokens;

  const frames = new Set(matchPhrases(rules.frame, tokens).map((m) => m.payload));
  const pitch =
    frames.has('pitch') ||
    live.some(
      (h) =>
        h.ref.rule.impliesMarketFrame ||
        (h.ref.family.direction === 'social-to-market' && MARKET_FRAME_CATEGORIES.has(h.ref.family.category)),
    );
  const marketFrame = pitch || frames.has('context');
  const damp = new Map<string, number>();
  for (const m of matchPhrases(rules.mitigators, tokens)) {
    for (const category of m.payload.dampens) damp.set(category, Math.min(damp.get(category) ?? 1, m.payload.factor));
  }

  const weighed: Weighed[] = [];
  for (const h of live) {
    const { rule, family } = h.ref;
    if (rule.needsMarketFrame && !pitch) continue;
    const side = norm.norm === 'social' && family.socialDirection ? family.socialDirection : family.direction;
    let normWeight = (family.weights ?? DEFAULT_WEIGHTS[side])[norm.norm];
    // Beside a pitch, private details read as a hook even among friends; endearments between friends stay theirs.
    if (side === 'market-to-social' && marketFrame && (norm.norm !== 'social' || HOOK_CATEGORIES.has(family.category))) {
      normWeight = Math.max(normWeight, 0.9);
    }
    const weight = SEVERITY_WEIGHT[rule.severity] * normWeight * (damp.get(family.category) ?? 1);
    if (weight < SHOW_FROM) continue;
    weighed.push({ weight, side, finding: toFinding(text, h, side), literal: family.literal });
  }

  const learned = learnedEvidence(input.text, norm.norm, weighed, options, { muted, damp, tokens: modelTokens });
  const { level, direction, score } = judge([...weighed.map(learned.temper), ...learned.weighed], thresholds(options.sensitivity));
  const findings = [...weighed.map((w) => w.finding), ...learned.shown].sort((a, b) => a.start - b.start).slice(0, MAX_FINDINGS);
  return { level, flip: level === 'flip', direction, score, norm, findings };
}

function toFinding(text: string, h: { ref: RuleRef; start: number; end: number }, side: Direction): Finding {
  const { rule, family } = h.ref;
  return {
    ruleId: rule.id,
    category: family.category,
    severity: rule.severity,
    direction: side,
    start: h.start,
    end: h.end,
    actual: text.slice(h.start, h.end),
    note: rule.note,
    suggestion: rule.suggestion,
    source: 'rule',
  };
}

interface LearnedContext {
  muted: Set<string>;
  damp: Map<string, number>;
  tokens: Token[];
}

/**
 * The learned scorer's say: each head's probability, weighed by how much this audience minds that
 * direction (the same norm weights as the rules), counts once; its spans are shown where no rule
 * already explains that direction. A head with no span to show does not count: no verdict without spans.
 */
function learnedEvidence(text: string, norm: Norm, rules: Weighed[], options: ClassifyOptions, context: LearnedContext) {
  const { muted, damp, tokens } = context;
  const weighed: Weighed[] = [];
  const shown: Finding[] = [];
  const english = !options.languages || options.languages.includes('en');
  const model = options.model ?? null;
  const evidence = model && english ? modelEvidence(text, model, tokens) : undefined;
  if (!model || !evidence) return { weighed, shown, temper: (w: Weighed) => w };
  // Words alone do not decide: where the model reads no pitch (a mocked sponsor read, a price told
  // to a friend), a rule's match counts for less, down to the model's floor when the model is sure.
  // Literal families (paying your mother for dinner, "sweetie" on an invoice) stand as they are.
  const floor = model.data.combine.ruleTrustFloor;
  // A muted head has no say, in its findings or in how far the rules are trusted.
  const trustOf = (head: 'pitch' | 'intrude') => (muted.has(MODEL_RULE_IDS[head]) ? 1 : Math.min(1, floor + evidence[head].p));
  const trust: Record<Direction, number> = { 'social-to-market': trustOf('pitch'), 'market-to-social': trustOf('intrude') };
  const temper = (w: Weighed): Weighed => (w.literal ? w : { ...w, weight: w.weight * trust[w.side] });
  for (const head of HEADS) {
    const { p, findings } = evidence[head];
    const side = HEAD_DIRECTION[head];
    // The rules' "what is not a flip" (a friends-and-family code, a fundraiser) tempers the model too.
    const weight = p * DEFAULT_WEIGHTS[side][norm] * (damp.get(findings[0]?.category ?? '') ?? 1);
    if (muted.has(MODEL_RULE_IDS[head]) || weight < SHOW_FROM || findings.length === 0) continue;
    weighed.push({ weight, side, finding: findings[0] });
    // Where a rule already explains this direction, its note is the precise one: the model's
    // remaining spans are its weaker evidence ("Anyway, ready to sign?") and would only add noise.
    if (!rules.some((r) => r.side === side)) shown.push(...findings);
  }
  return { weighed, shown, temper };
}

/** One finding per span: where matches overlap, the more severe rule speaks (then the longer span). */
function dedupe(hits: { ref: RuleRef; start: number; end: number }[]) {
  const rank = { high: 3, medium: 2, low: 1 } as const;
  hits.sort((a, b) => a.start - b.start || rank[b.ref.rule.severity] - rank[a.ref.rule.severity] || b.end - a.end);
  const out: typeof hits = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      if (rank[h.ref.rule.severity] > rank[prev.ref.rule.severity]) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}
