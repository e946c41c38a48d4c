// Is this draft nearly the same as messages already sent to several different people? Pure and
// synchronous: the content script holds the recent fingerprints in memory and asks on every check.
import { decodeSignature, type Fingerprint } from './fingerprint';
import { MIN_SHARED, MIN_WORDS, SIGNATURE_SIZE } from './tuning';

/** One stored send, as the background hands it to the content script: never the text. */
export interface SentFingerprint extends Fingerprint {
  /** Who it went to: a hashed person or thread key (recipient-key.ts). */
  recipientKey: string;
  at: number;
}

export const WINDOW_MS = 14 * 86_400_000;
/** Different people or threads that make a near-identical message a campaign (issue 10). */
export const MIN_RECIPIENTS = 3;

/** Sends laid out for the look-up: one typed array of all signatures, decoded once, and buckets. */
export interface SentIndex {
  size: number;
  sigs: Uint16Array;
  words: Int32Array;
  at: Float64Array;
  keys: string[];
  /**
   * (position, minimum) → rows, for the first BUCKETED positions only. Two signatures that agree on
   * MIN_SHARED of SIGNATURE_SIZE minima differ in at most SIGNATURE_SIZE − MIN_SHARED, so they agree
   * somewhere in the first SIGNATURE_SIZE − MIN_SHARED + 1: every true match is a candidate (the
   * look-up stays exact) and a random row is one with odds of about 20 in 65,536.
   */
  buckets: Map<number, number[]>;
  /** Per row, the last look-up that saw it: candidates are visited once without a Set. */
  seen: Uint32Array;
  lookups: number;
}

const BUCKETED = SIGNATURE_SIZE - MIN_SHARED + 1;
const bucketKey = (position: number, value: number) => position * 0x10000 + value;

function emptyIndex(): SentIndex {
  return {
    size: 0,
    sigs: new Uint16Array(0),
    words: new Int32Array(0),
    at: new Float64Array(0),
    keys: [],
    buckets: new Map(),
    seen: new Uint32Array(0),
    lookups: 0,
  };
}

function grow(index: SentIndex, need: number): void {
  if (need <= index.words.length) return;
  const capacity = Math.max(need, index.words.length * 2, 64);
  const copy = <T extends Uint16Array | Int32Array | Float64Array | Uint32Array>(old: T, make: (n: number) => T, per = 1) => {
    const next = make(capacity * per);
    next.set(old);
    return next;
  };
  index.sigs = copy(index.sigs, (n) => new Uint16Array(n), SIGNATURE_SIZE);
  index.words = copy(index.words, (n) => new Int32Array(n));
  index.at = copy(index.at, (n) => new Float64Array(n));
  index.seen = copy(index.seen, (n) => new Uint32Array(n));
}

/** Append sends to the index: after a send, only the new rows are laid out, not the whole store again. */
export function addSends(index: SentIndex, sent: readonly SentFingerprint[]): void {
  grow(index, index.size + sent.length);
  const k = SIGNATURE_SIZE;
  for (const s of sent) {
    const sig = decodeSignature(s.sig);
    if (sig.length !== k) continue; // a signature from another fingerprint size cannot be compared
    const row = index.size++;
    index.sigs.set(sig, row * k);
    index.words[row] = s.words;
    index.at[row] = s.at;
    index.keys.push(s.recipientKey);
    for (let j = 0; j < BUCKETED; j++) {
      const key = bucketKey(j, sig[j]);
      const rows = index.buckets.get(key);
      if (rows) rows.push(row);
      else index.buckets.set(key, [row]);
    }
  }
}

export function indexSends(sent: readonly SentFingerprint[]): SentIndex {
  const index = emptyIndex();
  addSends(index, sent);
  return index;
}

export interface OutreachMatch {
  /** Different people or threads, other than this draft's, that got nearly this message (at most MAX_COUNTED). */
  recipients: number;
}

/** Does `a` agree with row `row` of `sigs` on at least MIN_SHARED minima? Stops once it cannot. */
function near(a: Uint16Array, sigs: Uint16Array, row: number): boolean {
  const k = SIGNATURE_SIZE;
  const base = row * k;
  let same = 0;
  for (let j = 0; j < k; j++) {
    if (a[j] === sigs[base + j]) same++;
    else if (j + 1 - same > k - MIN_SHARED) return false;
  }
  return true;
}

/** Past this many recipients the point is made ("20 or more people"): stop counting, and stop paying for it. */
export const MAX_COUNTED = 20;

/**
 * The recipients, other than `recipientKey`, that got a near-duplicate of `draft` in the 14 days
 * before `now`; null below MIN_RECIPIENTS or for a draft too short to judge. Only the bucketed
 * candidates are compared in full, so 10,000 stored sends cost a few map look-ups (bench: outreach.lookupMs).
 */
export function matchOutreach(draft: Fingerprint, recipientKey: string | null, index: SentIndex, now: number): OutreachMatch | null {
  if (draft.words < MIN_WORDS || !index.size) return null;
  const sig = decodeSignature(draft.sig);
  if (sig.length !== SIGNATURE_SIZE) return null;
  const since = now - WINDOW_MS;
  const people = new Set<string>();
  const stamp = (index.lookups = (index.lookups + 1) >>> 0 || 1);
  const { seen, at, words, keys, sigs } = index;
  // Rows that agree with the draft on a bucketed position: a superset of the true matches, each seen once.
  for (let j = 0; j < BUCKETED && people.size < MAX_COUNTED; j++) {
    const rows = index.buckets.get(bucketKey(j, sig[j]));
    if (!rows) continue;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (seen[row] === stamp) continue;
      seen[row] = stamp;
      if (at[row] < since || at[row] > now || words[row] < MIN_WORDS) continue;
      const key = keys[row];
      if (key !== recipientKey && !people.has(key) && near(sig, sigs, row) && people.add(key).size >= MAX_COUNTED) break;
    }
  }
  return people.size >= MIN_RECIPIENTS ? { recipients: people.size } : null;
}
