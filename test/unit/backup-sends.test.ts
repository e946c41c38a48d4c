import { describe, expect, test } from 'vitest';
import { addContact, addSendFingerprint, addSendOutcome, createDb, emptyContact, impactSummary, recentFingerprints } from '../../lib/db';
import { exportBackupJson } from '../../lib/import-export/export';
import { applyImport, readImportFile } from '../../lib/import-export/run-import';
import { fingerprint } from '../../lib/outreach';

const utf8 = (s: string) => new TextEncoder().encode(s);
const now = Date.now();
let k = 0;

describe('the notebook backup carries what the coaching changed and the send fingerprints', () => {
  test('round trip: outcomes and fingerprints come back once, however often the file is restored', async () => {
    const db = createDb(`backup-sends-${k++}`);
    await addContact(db, emptyContact({ name: 'Ana' }));
    await addSendOutcome(
      db,
      { at: now - 1000, network: 'x', outcome: 'posted-anyway', ruleIds: ['pitch.discount'], categories: ['price'] },
      now,
    );
    await addSendOutcome(
      db,
      { at: now - 2000, network: 'facebook', outcome: 'revised', ruleIds: ['cta.follow'], categories: ['cta'] },
      now,
    );
    const fp = fingerprint('I am looking for three motivated people to join my wellness team this month');
    await addSendFingerprint(db, { ...fp, network: 'instagram', recipientKey: 'k1', at: now - 3000 }, now);
    const json = await exportBackupJson(db);
    expect(json).not.toContain('wellness');
    expect(JSON.parse(json).version).toBe(2);

    const other = createDb(`backup-sends-${k++}`);
    await applyImport(other, readImportFile('tact.json', utf8(json)));
    await applyImport(other, readImportFile('tact.json', utf8(json)));
    const s = await impactSummary(other, now);
    expect([s.total.paused, s.total.revised, s.total.postedAnyway]).toEqual([2, 1, 1]);
    expect(await recentFingerprints(other, now)).toEqual([{ sig: fp.sig, words: fp.words, recipientKey: 'k1', at: now - 3000 }]);
  });

  test('a version 1 backup (no send tables) still imports its contacts', async () => {
    const v1 = JSON.stringify({
      format: 'tact-notebook',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contacts: [{ id: 'a', name: 'Ana', relationship: 'social', tags: [], handles: [], keepInTouchDays: null, lastInteraction: null }],
      coaching: [],
    });
    const db = createDb(`backup-sends-${k++}`);
    expect(await applyImport(db, readImportFile('old.json', utf8(v1)))).toMatchObject({ created: 1 });
    expect(await db.sendOutcomes.count()).toBe(0);
  });

  test('malformed send rows are left out and the rest imports', async () => {
    const file = JSON.stringify({
      format: 'tact-notebook',
      version: 2,
      contacts: [],
      coaching: [],
      sendOutcomes: [
        { at: now, network: 'x', outcome: 'shrugged', ruleIds: [], categories: [] },
        { at: now, network: 'x', outcome: 'cancelled', ruleIds: ['r'], categories: [] },
      ],
      sendFingerprints: [{ at: now, network: 'x', recipientKey: 'k', sig: 'not hex', words: 3 }],
    });
    const db = createDb(`backup-sends-${k++}`);
    await applyImport(db, readImportFile('b.json', utf8(file)));
    expect((await db.sendOutcomes.toArray()).map((o) => o.outcome)).toEqual(['cancelled']);
    expect(await db.sendFingerprints.count()).toBe(0);
  });
});
