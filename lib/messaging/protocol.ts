// The one typed channel between content scripts (coach) and the notebook on the extension side.
// Wire format: { type, payload } → { ok: true, data } | { ok: false, error }.
import type { CoachingAction, Level, Norm } from '../db/types';
import type { ContactSummary } from '../db/summary';

export type { ContactSummary, CoachingAction, Level, Norm };

/** A person as read from their profile page (lib/profile/read-profile.ts). */
export interface PageProfile {
  network: string;
  handle: string;
  name: string;
  headline?: string;
  profileUrl: string;
}

export interface FindContactRequest {
  network: string;
  handle?: string;
  profileUrl?: string;
}

export interface RecordCoachingRequest {
  contactId?: string;
  network: string;
  handle?: string;
  profileUrl?: string;
  level: Level;
  categories: string[];
  action: CoachingAction;
  /** Only when the user turned on keeping draft text (coach settings). */
  draftText?: string;
}

/** Request payload and reply data for each message type. */
export interface NotebookApi {
  'notebook.findContact': { req: FindContactRequest; res: ContactSummary | null };
  'notebook.recordCoaching': { req: RecordCoachingRequest; res: { recorded: boolean; contactId: string | null } };
  'notebook.addFromPage': { req: PageProfile; res: { contactId: string; created: boolean } };
  'notebook.openContact': { req: { id: string }; res: { opened: true } };
}

export type NotebookMessageType = keyof NotebookApi;
export const NOTEBOOK_MESSAGE_TYPES = [
  'notebook.findContact', 'notebook.recordCoaching', 'notebook.addFromPage', 'notebook.openContact',
] as const satisfies readonly NotebookMessageType[];

export type NotebookReply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Popup → content script: "what profile is this page?" Answered with PageProfile | null. */
export const PROFILE_READ = 'profile.read';
