// The whole notebook in memory for the popup's search (search-index.ts), read once and then kept in step
// with every committed write: Dexie's `storagemutated` event (the one liveQuery listens to) names the packs
// each transaction changed (contact-packs.ts), in this page or in another context (the background, another
// window), and only those packs are read again.
import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { TactDb } from './schema';
import { byIdThen } from './contact-lookups';
import { entriesOf, packOf } from './contact-packs';
import { isContactRecord } from './record-shape';
import { SearchIndex } from './search-index';
import { stepDone } from '../perf/step-timing';

/** Contacts indexed per task while loading. */
const CHUNK = 2000;

export class LiveSearch {
  /** null until the first load ends (or when it failed: see `error`). */
  index: SearchIndex | null = null;
  error: unknown = null;
  /** Bumped at every change to `index`, for views to recompute. */
  version = 0;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private queue: Promise<void> = Promise.resolve();
  /** The ids the index holds from each pack, to drop those a write took out of it. */
  private members = new Map<number, Set<string>>();

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
    const members = new Map<number, Set<string>>();
    // The page's shared copy of the notebook (notebook-copy.ts): the list has usually just read it. A damaged
    // record (record-shape.ts) is not searchable; the list's own read reports it. Sorted by id, because the index
    // appends ids that come in order and must insert the others (search-index.ts).
    const all = (await this.db.contacts.toArray()).filter(isContactRecord).sort(byIdThen);
    for (let i = 0; i < all.length; i += CHUNK) {
      for (const c of all.slice(i, i + CHUNK)) {
        index.put(c);
        memberOf(members, c.id).add(c.id);
      }
      // Each chunk is one short task, so typing and painting go on meanwhile.
      if (i + CHUNK < all.length) await new Promise((r) => setTimeout(r, 0));
    }
    index.prepare();
    this.index = index;
    this.members = members;
    stepDone('popup:search-index-load', start);
  }

  /** The packs a write changed (contact-packs.ts): their contacts replace those the index held from them. */
  private async apply(packIds: number[]): Promise<void> {
    if (!this.index) return this.load();
    const packs = await this.db.contactPacks.bulkGet(packIds);
    packIds.forEach((p, i) => {
      const now = entriesOf(packs[i]).filter(isContactRecord);
      const ids = new Set(now.map((c) => c.id));
      for (const id of this.members.get(p) ?? []) if (!ids.has(id)) this.index!.remove(id);
      for (const c of now) this.index!.put(c);
      this.members.set(p, ids);
    });
    this.index.prepare();
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    const tree: IntervalTree | undefined = parts[`idb://${this.db.name}/contactPacks/`];
    // `all`: Dexie's signal that anything may have changed (a page restored from the back-forward cache).
    if (parts.all) return this.enqueue(() => this.load());
    if (!tree) return;
    const ids: number[] = [];
    for (const range of RangeSet(tree)) {
      // A span of keys (a clear, a ranged delete) rather than single keys: read everything again.
      if (cmp(range.from, range.to) !== 0) return this.enqueue(() => this.load());
      ids.push(range.from as number);
    }
    if (ids.length) this.enqueue(() => this.apply(ids));
  };
}

const memberOf = (members: Map<number, Set<string>>, id: string) => {
  const p = packOf(id);
  let set = members.get(p);
  if (!set) members.set(p, (set = new Set()));
  return set;
};

const shared = new WeakMap<TactDb, LiveSearch>();

/** The one live index of this database in this page, created on first use (loading starts with `start`). */
export function liveSearchFor(db: TactDb): LiveSearch {
  let live = shared.get(db);
  if (!live) shared.set(db, (live = new LiveSearch(db)));
  return live;
}
