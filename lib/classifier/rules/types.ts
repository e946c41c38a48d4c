import type { Direction, Norm, Severity } from '../types';

/**
 * Patterns are token sequences, matched case-insensitively with accents folded ("código" = "codigo"):
 * - `word` a literal token; `word*` any token starting with `word` (at least 3 letters before `*`)
 * - `a|b|c` alternatives; `[a|b]` an optional token; `~N` up to N tokens of anything
 * - classes: `<money>` ($20, 20€, £5k), `<num>`, `<percent>`, `<url>`, `<mention>`, `<hashtag>`,
 *   `<code>` (a promo-code-looking token as typed: SAVE20, JANE15), `^` the start of the draft
 * Punctuation is not a token, and a hyphen splits ("5-star" = "5 star"). The first step must be a
 * plain token (not optional, not a gap), so every pattern can be indexed and the matcher stays linear.
 */
export type Pattern = string;

export interface RuleExamples {
  /** Drafts in which this rule must find something. */
  flag: string[];
  /** Drafts in which this rule must find nothing. */
  pass?: string[];
}

export interface Rule {
  /** `category.name`, stable: users mute rules by id. */
  id: string;
  severity: Severity;
  phrases?: Pattern[];
  /** Query keys or path pieces inside links: `ref`, `utm_*`, `/ref/`; hosts: `amzn.to`. */
  urlParams?: string[];
  urlPaths?: string[];
  urlHosts?: string[];
  /** The rule is silent when any of these appear anywhere in the draft (e.g. a disclosure). */
  unless?: Pattern[];
  /** Only report when the draft also has a market frame (a pitch, an offer): a hook, not a mention. */
  needsMarketFrame?: boolean;
  /** A match shows the writer speaks from a market role (only a business knows your purchases). */
  impliesMarketFrame?: boolean;
  /** Explains the norm it breaks, for the person writing. */
  note: string;
  suggestion: string;
  examples: RuleExamples;
}

/** How strongly each audience norm reacts to a family's signals (0 = not at all, 1 = fully). */
export type NormWeights = Record<Norm, number>;

export interface RuleFamily {
  kind: 'signal';
  category: string;
  lang: string;
  direction: Direction;
  weights?: NormWeights;
  /** Under a social norm this family aggravates the social-to-market side instead (a pitch to a grieving friend). */
  socialDirection?: Direction;
  /**
   * A match means the same whatever the writer is doing (a pet name on an invoice, paying your
   * mother for dinner): the learned model's "no pitch here" does not temper it.
   */
  literal?: boolean;
  rules: Rule[];
}

/** Context that lowers the weight of some categories: "friends and family only", a fundraiser. */
export interface Mitigator {
  id: string;
  phrases: Pattern[];
  dampens: string[];
  /** Multiplier applied to the dampened categories' weights. */
  factor: number;
  why: string;
}

export interface MitigatorFamily {
  kind: 'mitigator';
  lang: string;
  mitigators: Mitigator[];
}

/** Phrases that show the writer speaks from a market role (an offer, a call to set up), not findings themselves. */
export interface FrameFamily {
  kind: 'frame';
  lang: string;
  /** An offer or a pitch: private events beside these read as a sales hook. */
  pitch: Pattern[];
  /** An ongoing business relationship (invoices, contracts): endearments and private details stand out here. */
  context: Pattern[];
}

export type RuleData = RuleFamily | MitigatorFamily | FrameFamily;
