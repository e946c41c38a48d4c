// The one typed protocol between Tact's contexts (content scripts, popup/options pages, background),
// for every channel. Wire format: { type, payload } → { ok: true, data } | { ok: false, error }.
// Each type has one validator (validate.ts); runtime/messaging.ts is the only code that touches the
// browser's messaging API, with one sender check for every channel.
import type { ClassifyInput, ClassifyOptions, Verdict } from '../classifier/types';
import type { CoachingAction, Level, Norm, SendOutcomeKind } from '../db/types';
import type { SentFingerprint } from '../outreach/match';
import type { ContactSummary } from '../db/summary';
import type { ModelData } from '../classifier/model/model-types';
import type { NetworkId } from '../networks';
import type { ImportJournal } from '../import-export/import-journal';
import type { ImportSummary } from '../import-export/run-import';

export type { ContactSummary, CoachingAction, Level, Norm };

/** The error 'notebook.import' answers when it was sent a plan id without the text and no longer holds that plan. */
export const PREVIEW_GONE = 'notebook.import: the preview is no longer held; send the file again';

/** An import's preview, and the id of the plan behind it (kept by the background until the import). */
export interface ImportPreview {
  summary: ImportSummary;
  planId: string;
}

/** A person as read from their profile page (lib/profile/read-profile.ts). */
export interface PageProfile {
  network: NetworkId;
  handle: string;
  name: string;
  headline?: string;
  profileUrl: string;
}

export interface FindContactRequest {
  network: NetworkId;
  handle?: string;
  profileUrl?: string;
}

export interface RecordCoachingRequest {
  contactId?: string;
  network: NetworkId;
  handle?: string;
  profileUrl?: string;
  level: Level;
  categories: string[];
  action: CoachingAction;
  /** Only when the user turned on keeping draft text (coach settings). */
  draftText?: string;
}

export type { SendOutcomeKind };

/** What became of one paused send (or a flip fixed before any send): rule ids and categories, never the text. */
export interface SendOutcomeReport {
  network: NetworkId;
  outcome: SendOutcomeKind;
  ruleIds: string[];
  categories: string[];
  /** Epoch milliseconds. */
  at: number;
}

/** One real send's fingerprint (lib/outreach/fingerprint.ts) and hashed recipient key; never the text. */
export interface OutreachRecordRequest {
  network: NetworkId;
  recipientKey: string;
  fingerprint: { sig: string; words: number };
  at: number;
}

/** The options a content script may send with a draft: the user's settings, never a model. */
export type RemoteClassifyOptions = Pick<ClassifyOptions, 'sensitivity' | 'mutedRules' | 'languages'>;

/** Request payload and reply data for each message type, and who answers it. */
export interface MessageApi {
  /** Content script → background (notebook database). */
  'notebook.findContact': { req: FindContactRequest; res: ContactSummary | null };
  'notebook.recordCoaching': { req: RecordCoachingRequest; res: { recorded: boolean; contactId: string | null } };
  'notebook.addFromPage': { req: PageProfile; res: { contactId: string; created: boolean } };
  'notebook.openContact': { req: { id: string }; res: { opened: true } };
  /**
   * Popup → background: the Import tab opened, so a file will probably follow: read the notebook now, for the
   * preview of a big file to use if no contact changes before it (the change counter says).
   */
  'notebook.prepareImport': { req: Record<string, never>; res: null };
  /** Popup → background: what importing this file would do; the background keeps the plan under `planId`. */
  'notebook.previewImport': { req: { fileName: string; text: string; merges: Record<string, string> }; res: ImportPreview };
  /**
   * Popup → background: import a file in one transaction, journaled so a closed popup learns the outcome.
   * `planId`: the preview of this file with these merges, written as planned if no contact changed since; the
   * text may then be left out (1 MB less to send), and if the background no longer holds that preview it
   * answers PREVIEW_GONE and the popup sends the text.
   */
  'notebook.import': { req: { fileName: string; text?: string; merges: Record<string, string>; planId?: string }; res: ImportSummary };
  /** Popup → background: what became of the last import (markSeen: the popup has shown it). */
  'notebook.importStatus': { req: { markSeen?: boolean }; res: ImportJournal | null };
  /** Content script → background: a long draft, classified off the page's main thread. */
  'coach.classify': { req: { input: ClassifyInput; options?: RemoteClassifyOptions }; res: Verdict };
  /** Content script → background: the learned model's weights, asked once per page so they are not in every page's script. */
  'coach.model': { req: Record<string, never>; res: ModelData };
  /** Content script → background: the outcome of a paused send, for the Impact view (issue 10). */
  'send/outcome': { req: SendOutcomeReport; res: { recorded: true } };
  /** Content script → background: a real send's fingerprint, for the copy-paste check. */
  'outreach/record': { req: OutreachRecordRequest; res: { recorded: true } };
  /** Content script → background: the last 14 days of fingerprints (or those since `since`), matched locally on every check. */
  'outreach/recent': { req: { since?: number }; res: { sends: SentFingerprint[] } };
  /** Popup → the tab's content script (top frame): "what profile is this page?" */
  'profile.read': { req: Record<string, never>; res: PageProfile | null };
}

export type MessageType = keyof MessageApi;
export type Req<K extends MessageType> = MessageApi[K]['req'];
export type Res<K extends MessageType> = MessageApi[K]['res'];

export const MESSAGE_TYPES = [
  'notebook.findContact',
  'notebook.recordCoaching',
  'notebook.addFromPage',
  'notebook.openContact',
  'notebook.prepareImport',
  'notebook.previewImport',
  'notebook.import',
  'notebook.importStatus',
  'coach.classify',
  'coach.model',
  'send/outcome',
  'outreach/record',
  'outreach/recent',
  'profile.read',
] as const satisfies readonly MessageType[];

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** What one context answers: a handler per message type it owns. */
export type Handlers<K extends MessageType = MessageType> = { [T in K]: (req: Req<T>) => Promise<Res<T>> | Res<T> };
