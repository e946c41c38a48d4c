import type { Contact, Norm } from './types';

/** What the coach needs of a contact to judge a draft and explain why; never handles or history. */
export interface ContactSummary {
  id: string;
  name: string;
  relationship: Norm;
  tags: string[];
  howWeMet: string;
  latestNote: string;
  lastInteraction: number | null;
}

export function toSummary(c: Contact): ContactSummary {
  const lines = c.notes
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const latest = lines.at(-1) ?? '';
  return {
    id: c.id,
    name: c.name,
    relationship: c.relationship,
    tags: [...c.tags],
    howWeMet: c.howWeMet,
    latestNote: latest.length > 200 ? `${latest.slice(0, 199)}…` : latest,
    lastInteraction: c.lastInteraction,
  };
}
