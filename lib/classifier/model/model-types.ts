import type { FeatureConfig } from './features';

/** The two questions the learned scorer answers about a draft, whoever it is going to. */
export type HeadName = 'pitch' | 'intrude';

/** One head as committed: sparse int8 weights, base64, so the model is data that `npm run train` rewrites. */
export interface HeadData {
  bias: number;
  /** A weight is its int8 value times this. */
  scale: number;
  /** Platt scaling fitted on out-of-fold scores: p = sigmoid(a · logit + b). */
  calibration: { a: number; b: number };
  /** Bucket numbers as unsigned LEB128 deltas, base64. */
  buckets: string;
  /** One signed byte per bucket, base64. */
  weights: string;
}

export interface ModelData {
  version: 1;
  /** sha256 of the training config and every training file, checked by a test against the data in the repo. */
  inputHash: string;
  features: FeatureConfig;
  /** Long drafts are read in overlapping windows of tokens; the strongest window speaks. */
  window: { size: number; stride: number };
  heads: Record<HeadName, HeadData>;
  /** How the scorer and the rules are combined; set in data/train.config.json. */
  combine: {
    /** A rule's weight is multiplied by min(1, floor + p) of the head for its direction. */
    ruleTrustFloor: number;
  };
  /** What it was trained on: documents per source. */
  trainedOn: { source: string; docs: number }[];
}
