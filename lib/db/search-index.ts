// The popup's search, in memory. It used to be a multiEntry `searchWords` index in IndexedDB: about 17.6
// index rows per contact, which made a 10,000-row import spend most of its time writing index rows
// (README, "The notebook in real Chromium"). The results are those the index gave, in its order: a
// contact ranks by the smallest of its words that matches, then by id (code-unit order, as IndexedDB).
import { searchWordsFor } from './derive';
import { fold, normalizeHandle, words } from './normalize';
import type { Contact } from './types';

export type Keep = (c: Contact) => boolean;

/** First index in `sorted` whose string is ≥ `key` (code-unit order). */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function* only(ids: Iterable<string>, within: Set<string> | null): Generator<string> {
  for (const id of ids) if (!within || within.has(id)) yield id;
}

export class SearchIndex {
  /** Each contact's words are not kept (a removal recomputes them): 176,000 small strings for 10,000 people. */
  private readonly byId = new Map<string, Contact>();
  /** word → ids of the contacts having it, sorted. Every key is in `sorted` or `added`; emptied lists go at the next sort. */
  private readonly postings = new Map<string, string[]>();
  private sorted: string[] = [];
  /** Words new since the last sort: a few are inserted in place, many trigger one sort. */
  private added: string[] = [];

  constructor(contacts: Iterable<Contact> = []) {
    for (const c of contacts) this.put(c);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Contact | undefined {
    return this.byId.get(id);
  }

  all(): Contact[] {
    return [...this.byId.values()];
  }

  put(contact: Contact): void {
    this.remove(contact.id);
    this.byId.set(contact.id, contact);
    for (const w of searchWordsFor(contact)) {
      let ids = this.postings.get(w);
      if (!ids) {
        this.postings.set(w, (ids = []));
        this.added.push(w);
      }
      // A load reads by id, so ids mostly arrive in order: appended, not inserted.
      if (!ids.length || ids[ids.length - 1] < contact.id) ids.push(contact.id);
      else ids.splice(lowerBound(ids, contact.id), 0, contact.id);
    }
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    for (const w of searchWordsFor(old)) {
      const ids = this.postings.get(w)!;
      ids.splice(lowerBound(ids, id), 1);
    }
  }

  /** Sorts the words now (after a load or a big change), so the next keystroke does not pay for it. */
  prepare(): void {
    this.sortedWords();
  }

  private sortedWords(): string[] {
    if (this.added.length > 500) {
      for (const [w, ids] of this.postings) if (!ids.length) this.postings.delete(w);
      this.sorted = [...this.postings.keys()].sort();
    } else {
      for (const w of this.added) this.sorted.splice(lowerBound(this.sorted, w), 0, w);
    }
    this.added = [];
    return this.sorted;
  }

  /** Ids of contacts with a word starting with `prefix`, in the index's order (word, then id), each once. */
  private *scan(prefix: string): Generator<string> {
    const sorted = this.sortedWords();
    const seen = new Set<string>();
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
      for (const id of this.postings.get(sorted[i])!) {
        if (seen.has(id)) continue;
        seen.add(id);
        yield id;
      }
    }
  }

  private take(ids: Iterable<string>, limit: number, keep: Keep): Contact[] {
    const out: Contact[] = [];
    if (limit <= 0) return out;
    for (const id of ids) {
      const c = this.byId.get(id)!;
      if (!keep(c)) continue;
      out.push(c);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Every query word must prefix some word of the contact (name, handles, circles, notes, how we met, org,
   * title). A handle typed whole ("ana-g", "@sam.bsky") is first tried as one word. `null` when the query
   * has no word at all: the caller shows its unsearched list, as the search did before.
   */
  search(query: string, limit = 50, keep: Keep = () => true): Contact[] | null {
    const raw = fold(query.trim());
    if (raw && !/\s/.test(raw) && /[^\p{L}\p{N}]/u.test(raw)) {
      const whole = this.take(this.scan(normalizeHandle(raw)), limit, keep);
      if (whole.length) return whole;
    }
    // Longest first, as the index intersected them; the last (shortest) word gives the order.
    const terms = [...new Set(words(query))].sort((a, b) => b.length - a.length);
    if (!terms.length) return null;
    let within: Set<string> | null = null;
    for (const t of terms.slice(0, -1)) {
      within = new Set(only(this.scan(t), within));
      if (!within.size) return [];
    }
    return this.take(only(this.scan(terms[terms.length - 1]), within), limit, keep);
  }

  /** Contacts sharing one of these handle, URL or mail keys, in the `handleKeys` index's order (key, then id). */
  withAnyHandleKey(keys: readonly string[]): Contact[] {
    const wanted = new Set(keys);
    const found: { key: string; c: Contact }[] = [];
    for (const contact of this.byId.values()) {
      const shared = contact.handleKeys.filter((k) => wanted.has(k)).sort()[0];
      if (shared !== undefined) found.push({ key: shared, c: contact });
    }
    const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return found.sort((a, b) => order(a.key, b.key) || order(a.c.id, b.c.id)).map((f) => f.c);
  }

  /** Contacts having one of these whole words, at most `limit`, in the index's order: the merge view's name pool. */
  withAnyWord(ws: readonly string[], limit = 200): Contact[] {
    const ids = new Set<string>();
    for (const w of [...new Set(ws)].sort()) for (const id of this.postings.get(w) ?? []) ids.add(id);
    return this.take(ids, limit, () => true);
  }
}
