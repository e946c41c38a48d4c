// Read a file the user picked, preview what it would do, and apply it in ONE transaction: a file that fails
// anywhere (format, encoding, size, markup, a write error) leaves the notebook exactly as it was.
import { contactsVersion } from '../db/contacts-version';
import { isContactRecord } from '../db/record-shape';
import type { TactDb } from '../db/schema';
import { likelyDuplicates, nameKey, type DuplicateReason } from '../db/duplicates';
import type { Contact } from '../db/types';
import { decodeUtf8, refuse } from './errors';
import { looksLikeLinkedInCsv, parseLinkedInConnections } from './linkedin-csv';
import { planImport, type ImportPlan, type MergeChoices } from './plan';
import { assertRecordsAreData, type ParsedFile, type Skipped } from './record';
import { looksLikeTactJson, parseBackup } from './tact-json';
import { looksLikeVCard, parseVCards } from './vcard-read';
import { timed, timedAsync } from '../perf/step-timing';

export interface ImportSummary {
  format: ParsedFile['format'];
  created: number;
  updated: number;
  skipped: Skipped[];
  /** New people who look like someone already in the notebook; the preview offers to merge them. */
  duplicates: ImportDuplicate[];
}

export interface ImportDuplicate {
  source: string;
  name: string;
  reason: DuplicateReason;
  match: { id: string; name: string };
}

/** Decode, detect the format, parse and check a file. Throws ImportError with a message for the user. */
export function readImportFile(fileName: string, bytes: Uint8Array): ParsedFile {
  return readImportText(fileName, decodeUtf8(bytes));
}

/** The same, from text already decoded (the background gets the file as text: messages carry JSON). */
export function readImportText(fileName: string, text: string): ParsedFile {
  const lower = fileName.toLowerCase();
  let parsed: ParsedFile;
  if (lower.endsWith('.json') || (!/\.(vcf|csv)$/.test(lower) && looksLikeTactJson(text))) parsed = parseBackup(text);
  else if (lower.endsWith('.vcf') || looksLikeVCard(text)) parsed = parseVCards(text);
  else if (lower.endsWith('.csv') || looksLikeLinkedInCsv(text)) parsed = parseLinkedInConnections(text);
  else throw refuse('unknownFormat');
  assertRecordsAreData(parsed.records);
  return parsed;
}

/**
 * A file this long holds about 1,000 LinkedIn rows or more: its preview's read of the notebook starts before the
 * file is parsed (or before the file comes: parseAndPlan), so the two overlap. A shorter file parses first.
 */
const WHOLE_NOTEBOOK_CHARS = 150_000;

/**
 * The contacts a file could match: the whole notebook, whatever the file's size. Packed (lib/db/contact-packs.ts),
 * it is a few dozen records, so one read costs less than looking up each of a file's accounts would. A damaged
 * entry (lib/db/record-shape.ts) is not matched: the import leaves it as it is, except that a backup's contact of
 * the same id takes its place (restoring a backup is the recovery the damaged-records notice points to).
 */
async function notebookNow(db: TactDb): Promise<Contact[]> {
  return (await db.contacts.toArray()).filter(isContactRecord);
}

const summarize = (plan: ImportPlan, duplicates: ImportDuplicate[] = []): ImportSummary => ({
  format: plan.format,
  created: plan.create.length,
  updated: plan.update.length,
  skipped: plan.skipped,
  duplicates,
});

/**
 * People the plan would create who share a name with someone in the notebook (accounts and emails already
 * matched are updates, not creations). Only the preview asks; the import itself never pays for it.
 */
function duplicatesIn(plan: ImportPlan, notebook: readonly Contact[]): ImportDuplicate[] {
  if (!plan.create.length) return [];
  const names = new Set(plan.create.map((c) => nameKey(c.name)));
  // Names are compared folded and in any word order: against the notebook the plan was made from.
  const pool = notebook.filter((c) => names.has(nameKey(c.name)));
  if (!pool.length) return [];
  const source = new Map(plan.mapped.map((m) => [m.contactId, m.record.source]));
  return likelyDuplicates(plan.create, pool).map(({ candidate, match, reason }) => ({
    source: source.get(candidate.id) ?? '',
    name: candidate.name,
    reason,
    match: { id: match.id, name: match.name },
  }));
}

/** A preview's plan, kept so the import writes it without planning again (lib/messaging/import-handlers.ts). */
export interface PlannedImport {
  plan: ImportPlan;
  /** The contacts' change counter the plan was made at: it holds only while the counter has not moved. */
  version: number;
  summary: ImportSummary;
}

/** What an import would do, and whom it would probably duplicate, with the plan behind it; writes nothing. */
export async function planPreview(db: TactDb, parsed: ParsedFile, mergeInto: MergeChoices = {}, now = Date.now()): Promise<PlannedImport> {
  return (await planIn(db, () => parsed, false, mergeInto, now)).planned;
}

/** The whole notebook as read in one transaction, with the change counter it was read at. */
export interface NotebookRead {
  version: number;
  contacts: Contact[];
}

/** Read the whole notebook ahead of a big file's preview (the Import tab opened: lib/messaging/import-handlers.ts). */
export function readNotebook(db: TactDb): Promise<NotebookRead> {
  return db.transaction('r', db.contactPacks, db.meta, async () => {
    const version = contactsVersion(db);
    const contacts = notebookNow(db);
    return { version: await version, contacts: await contacts };
  });
}

/**
 * The same from the file's text. A big file plans against the whole notebook: `ahead` (read before the file came)
 * if no contact changed since, or else a read started before the parse, so IndexedDB reads while the background
 * parses. Throws ImportError for a file refused.
 */
export async function parseAndPlan(
  db: TactDb,
  fileName: string,
  text: string,
  mergeInto: MergeChoices = {},
  now = Date.now(),
  ahead?: Promise<NotebookRead>,
): Promise<{ parsed: ParsedFile; planned: PlannedImport }> {
  const big = text.length >= WHOLE_NOTEBOOK_CHARS;
  const parse = () => timed('preview:parse', () => readImportText(fileName, text));
  if (!big || !ahead) return planIn(db, parse, big, mergeInto, now);
  // The read ahead goes on while the file is parsed. It is awaited outside the preview's transaction: a wait on
  // another transaction inside it would let it commit.
  const parsed = parse();
  const read = await timedAsync('preview:ahead', () => ahead.catch(() => undefined));
  return planIn(db, () => parsed, big, mergeInto, now, read);
}

async function planIn(
  db: TactDb,
  parse: () => ParsedFile,
  readAll: boolean,
  mergeInto: MergeChoices,
  now: number,
  ahead?: NotebookRead,
): Promise<{ parsed: ParsedFile; planned: PlannedImport }> {
  return db.transaction('r', db.contactPacks, db.meta, async () => {
    const version = await contactsVersion(db);
    // The counter moves with every committed write to the contacts: the same count, the same contacts.
    const fresh = ahead?.version === version ? ahead.contacts : undefined;
    const notebook = readAll && !fresh ? notebookNow(db) : undefined;
    // A refused file aborts the transaction, and with it the read: that rejection is expected, not unhandled.
    notebook?.catch(() => undefined);
    const parsed = parse();
    const whole = readAll ? (fresh ?? (await timedAsync('preview:existing', () => notebook!))) : undefined;
    const existing = whole ?? (await notebookNow(db));
    const plan = timed('preview:plan', () => planImport(parsed, existing, now, mergeInto));
    const duplicates = timed('preview:duplicates', () => duplicatesIn(plan, existing));
    return { parsed, planned: { plan, version, summary: summarize(plan, duplicates) } };
  });
}

export async function previewImport(db: TactDb, parsed: ParsedFile, mergeInto: MergeChoices = {}): Promise<ImportSummary> {
  return (await planPreview(db, parsed, mergeInto)).summary;
}

/**
 * Write the import, merges the user chose included, in one transaction: everything or nothing. `previewed`
 * (made from this same file and merges) is written as planned if no contact changed since; otherwise the
 * import plans again against the notebook as it is inside the transaction.
 */
export async function applyImport(
  db: TactDb,
  parsed: ParsedFile,
  now = Date.now(),
  mergeInto: MergeChoices = {},
  previewed?: PlannedImport,
): Promise<ImportSummary> {
  return db.transaction('rw', [db.contactPacks, db.coaching, db.sendOutcomes, db.sendFingerprints, db.meta], async () => {
    const unchanged = previewed !== undefined && (await contactsVersion(db)) === previewed.version;
    const plan = unchanged ? previewed.plan : planImport(parsed, await notebookNow(db), now, mergeInto);
    await timedAsync('import:bulkPut', () => db.contacts.bulkPut([...plan.create, ...plan.update]));
    if (parsed.format === 'tact-json') {
      await restoreHistory(db, plan);
      await restoreSends(db, parsed);
    }
    return summarize(plan);
  });
}

/** Outcomes and fingerprints from a backup, each once: restoring the same file twice adds nothing. */
async function restoreSends(db: TactDb, parsed: ParsedFile): Promise<void> {
  const outcomeKey = (o: { at: number; network: string; outcome: string; ruleIds: string[] }) =>
    `${o.at}|${o.network}|${o.outcome}|${o.ruleIds.join(',')}`;
  const printKey = (f: { at: number; recipientKey: string; sig: string }) => `${f.at}|${f.recipientKey}|${f.sig}`;
  const haveOutcomes = new Set((await db.sendOutcomes.toArray()).map(outcomeKey));
  const havePrints = new Set((await db.sendFingerprints.toArray()).map(printKey));
  const outcomes = (parsed.sendOutcomes ?? []).filter((o) => !haveOutcomes.has(outcomeKey(o)));
  const prints = (parsed.sendFingerprints ?? []).filter((f) => !havePrints.has(printKey(f)));
  if (outcomes.length) await db.sendOutcomes.bulkAdd(outcomes);
  if (prints.length) await db.sendFingerprints.bulkAdd(prints);
}

async function restoreHistory(db: TactDb, plan: ImportPlan): Promise<void> {
  const ids = plan.mapped.map((m) => m.contactId);
  const have = new Set(
    (await db.coaching.where('contactId').anyOf(ids).toArray()).map((e) => `${e.contactId}|${e.at}|${e.network}|${e.action}`),
  );
  const events = plan.mapped
    .flatMap(({ record, contactId }) => (record.coaching ?? []).map((e) => ({ ...e, contactId })))
    .filter((e) => !have.has(`${e.contactId}|${e.at}|${e.network}|${e.action}`));
  if (events.length) await db.coaching.bulkAdd(events);
}
