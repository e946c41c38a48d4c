// The fingerprint's size and the near-duplicate threshold, tuned by scripts/tune-outreach.ts on
// data/outreach/paraphrases.jsonl with group-wise cross-validation. test/unit/outreach-tuning.test.ts
// recomputes the figures in the README and fails if the data, the fingerprint or these numbers drift apart.

/** MinHash functions per message. */
export const SIGNATURE_SIZE = 32;
/** Two messages whose signatures agree on at least this many of the 32 minima are "nearly the same". */
export const MIN_SHARED = 13;
/** Fewer content words (fingerprintWords) than this and two messages match by chance ("thanks, see you soon!"): never counted. */
export const MIN_WORDS = 6;
