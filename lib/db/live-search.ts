// The whole notebook in memory for the popup's search (search-index.ts), read once and then kept in step
// with every committed write: Dexie's `storagemutated` event (the one liveQuery listens to) names the keys
// each transaction changed, in this page or in another context (the background, another window), and only
// those records are read again.
import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { TactDb } from './schema';
import { isContactRecord } from './record-shape';
import { SearchIndex } from './search-index';
import { stepDone } from '../perf/step-timing';

/** Records per read while loading: each page is one short task, so typing and painting go on meanwhile. */
const PAGE = 2000;

export class LiveSearch {
  /** null until the first load ends (or when it failed: see `error`). */
  index: SearchIndex | null = null;
  error: unknown = null;
  /** Bumped at every change to `index`, for views to recompute. */
  version = 0;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: TactDb) {}

  /** Starts the first load (once) and the listening; safe to call on every render. */
  start(): void {
    if (this.started) return;
    this.started = true;
    // Listening before reading: a write committed while the pages are read is applied after them.
    Dexie.on.storagemutated.subscribe(this.onMutated);
    this.enqueue(() => this.load());
  }

  stop(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.started = false;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Resolves once every change seen so far is in the index. */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue
      .then(step)
      .then(() => (this.error = null))
      .catch((err: unknown) => (this.error = err))
      .then(() => {
        this.version++;
        this.listeners.forEach((l) => l());
      });
  }

  private async load(): Promise<void> {
    const start = performance.now();
    const index = new SearchIndex();
    let last: string | undefined;
    for (;;) {
      const from = last === undefined ? this.db.contacts.toCollection() : this.db.contacts.where(':id').above(last);
      const page = await from.limit(PAGE).toArray();
      // A damaged record (record-shape.ts) is not searchable; the list's own read reports it.
      for (const c of page) if (isContactRecord(c)) index.put(c);
      if (page.length < PAGE) break;
      last = page[page.length - 1].id;
    }
    index.prepare();
    this.index = index;
    stepDone('popup:search-index-load', start);
  }

  private async apply(ids: string[]): Promise<void> {
    // Many keys (an import): reading every record in pages beats one get per key, and the old index answers meanwhile.
    if (!this.index || ids.length > PAGE) return this.load();
    const rows = await this.db.contacts.bulkGet(ids);
    ids.forEach((id, i) => (isContactRecord(rows[i]) ? this.index!.put(rows[i]) : this.index!.remove(id)));
    this.index.prepare();
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    const tree: IntervalTree | undefined = parts[`idb://${this.db.name}/contacts/`];
    // `all`: Dexie's signal that anything may have changed (a page restored from the back-forward cache).
    if (parts.all) return this.enqueue(() => this.load());
    if (!tree) return;
    const ids: string[] = [];
    for (const range of RangeSet(tree)) {
      // A span of keys (a clear, a ranged delete) rather than single keys: read everything again.
      if (cmp(range.from, range.to) !== 0) return this.enqueue(() => this.load());
      ids.push(range.from as string);
    }
    if (ids.length) this.enqueue(() => this.apply(ids));
  };
}

const shared = new WeakMap<TactDb, LiveSearch>();

/** The one live index of this database in this page, created on first use (loading starts with `start`). */
export function liveSearchFor(db: TactDb): LiveSearch {
  let live = shared.get(db);
  if (!live) shared.set(db, (live = new LiveSearch(db)));
  return live;
}
