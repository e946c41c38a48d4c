import type { Norm, Level } from '../classifier/types';

export type { Norm, Level };

/** One account of a contact on one network; `handle` is stored normalized (see normalize.ts). */
export interface ContactHandle {
  network: string;
  handle: string;
  profileUrl?: string;
}

/** What the user edits. Derived search fields are added by the database layer, never by callers. */
export interface ContactInput {
  name: string;
  handles: ContactHandle[];
  relationship: Norm;
  /** Circle tags: family, friend, colleague, client, prospect… or anything the user types. */
  tags: string[];
  howWeMet: string;
  notes: string;
  /** Days between conversations the user wants; null = no reminder. */
  keepInTouchDays: number | null;
  lastInteraction: number | null;
  emails?: string[];
  phones?: string[];
  org?: string;
  title?: string;
}

export interface Contact extends ContactInput {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Last add or edit by the user's hand (not an import): what the synced relationship map carries (lib/sync). */
  handEditedAt?: number;
  /** `network:handle`, `url:<profile url>` and `mail:<address>` keys: the import/lookup match index (v2). */
  handleKeys: string[];
  /** When a keep-in-touch reminder falls due (epoch ms); absent without an interval (v2). */
  dueAt?: number;
}

export type CoachingAction = 'edited' | 'dismissed' | 'posted-anyway';

/** What happened when the coach looked at a draft to this contact. No draft text unless the user opted in. */
export interface CoachingEvent {
  id?: number;
  contactId: string;
  network: string;
  at: number;
  level: Level;
  categories: string[];
  action: CoachingAction;
  draftText?: string;
}

/** What became of a send Tact paused, or of a flip fixed before any send (issue 10). Never the text. */
export type SendOutcomeKind = 'revised' | 'cancelled' | 'posted-anyway' | 'fixed-before-send';

export interface SendOutcome {
  id?: number;
  at: number;
  network: string;
  outcome: SendOutcomeKind;
  ruleIds: string[];
  categories: string[];
}

/** One real send's MinHash signature (lib/outreach/fingerprint.ts), with a hashed recipient key. Never the text. */
export interface SendFingerprint {
  id?: number;
  at: number;
  network: string;
  recipientKey: string;
  sig: string;
  words: number;
}

/**
 * A finished import, written in the import's own transaction (schema v4): the proof on reopening that it
 * committed, when the worker stopped before the journal in storage.local could say so.
 */
export interface ImportMark {
  startedAt: number;
  fileName: string;
  created: number;
  updated: number;
  skipped: number;
}
