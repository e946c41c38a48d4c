const DAY = 86_400_000;

/**
 * A Tact notebook backup (the format the popup exports and imports) of `n` contacts, one in ten
 * overdue for a reconnect, so a test fills the notebook the way a user restoring a backup would.
 */
export function notebookBackup(n: number, now = Date.now()): string {
  const relationships = ['social', 'market', 'hybrid'] as const;
  const contacts = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Person ${String(i).padStart(5, '0')} ${['Garcia', 'Okafor', 'Nguyen', 'Müller', 'Dubois'][i % 5]}`,
    handles: [{ network: 'linkedin', handle: `person-${i}` }],
    relationship: relationships[i % 3],
    tags: [['family', 'friend', 'colleague', 'client'][i % 4]],
    howWeMet: '',
    notes: i % 7 === 0 ? 'Met at the climbing gym' : '',
    keepInTouchDays: i % 10 === 0 ? 30 : null,
    lastInteraction: now - (i % 10 === 0 ? 60 : 1) * DAY,
    createdAt: now - 90 * DAY,
    updatedAt: now - 90 * DAY,
  }));
  return JSON.stringify({ format: 'tact-notebook', version: 1, exportedAt: new Date(now).toISOString(), contacts, coaching: [] });
}
