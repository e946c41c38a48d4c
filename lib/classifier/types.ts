import type { LoadedModel } from './model/model-codec';

/** The norm an audience expects: gifts and favours (social), prices and deals (market), or both (hybrid). */
export type Norm = 'social' | 'market' | 'hybrid';
export type Level = 'ok' | 'caution' | 'flip';
export type Direction = 'social-to-market' | 'market-to-social';
export type Severity = 'low' | 'medium' | 'high';

/** What the classifier needs to know of a contact from the notebook; the notebook's record is a superset. */
export interface ContactContext {
  name?: string;
  relationship: Norm;
  /** Circle tags such as family, friend, client; shown in explanations. */
  tags?: string[];
}

export interface ClassifyInput {
  text: string;
  /** A network id from lib/networks; unknown ids are an error. */
  network?: string;
  /** The audience's norm when the caller knows it; it wins over everything else. */
  audience?: Norm;
  contact?: ContactContext;
  /** Composer kind, for explanations only ("LinkedIn DM"). */
  composer?: 'post' | 'comment' | 'reply' | 'dm';
}

export interface ClassifyOptions {
  /** 0 (relaxed) … 1 (cautious); 0.5 is the default and what the corpus thresholds are tuned for. */
  sensitivity?: number;
  /** Rule ids the user muted; a category ("promo-codes") mutes its whole family. */
  mutedRules?: readonly string[];
  /** Language packs to use; defaults to every pack. The learned scorer runs only when English is among them. */
  languages?: readonly string[];
  /**
   * The learned scorer to use beside the rules: the shipped one by default, `null` for rules alone.
   * Evaluation passes a model trained without the corpus it scores.
   */
  model?: LoadedModel | null;
}

export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  direction: Direction;
  /** UTF-16 offsets into the text exactly as given. */
  start: number;
  end: number;
  actual: string;
  note: string;
  suggestion: string;
  /** `rule` for a rule from the packs, `model` for a span the learned scorer weighed most. */
  source: 'rule' | 'model';
}

export interface NormDecision {
  norm: Norm;
  source: 'audience' | 'contact' | 'network' | 'default';
  /** A sentence a person can read: "LinkedIn DM to a contact you marked as family: social norms". */
  reason: string;
}

export interface Verdict {
  level: Level;
  flip: boolean;
  direction: Direction | null;
  score: number;
  norm: NormDecision;
  findings: Finding[];
}
