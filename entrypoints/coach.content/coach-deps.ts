import type { LoadedModel } from '@/lib/classifier/model';
import type { Audience } from '@/lib/composers/types';
import type {
  CoachingAction,
  OutreachRecordRequest,
  PageProfile,
  RecordCoachingRequest,
  SendOutcomeReport,
} from '@/lib/messaging/protocol';
import type { NetworkId } from '@/lib/networks';
import type { ResolveContact } from '@/lib/composers/types';
import type { Settings } from '@/lib/settings/schema';
import type { OutreachCache } from './outreach-cache';

/**
 * What a composer session needs from outside the page: settings and the notebook. Injected so the
 * session has no hard tie to messaging (and the notebook can be swapped or absent).
 */
export interface CoachDeps {
  settings(): Settings;
  /** The learned model once the background has handed it over; null until then (rules alone). */
  model(): LoadedModel | null;
  resolveContact: ResolveContact;
  recordCoaching(req: RecordCoachingRequest): Promise<unknown>;
  addContact(profile: PageProfile): Promise<{ contactId: string }>;
  openContact(id: string): Promise<unknown>;
  /** Mute (or, with `false`, unmute) a rule id or a whole family by its category. */
  muteRule(key: string, muted?: boolean): Promise<unknown>;
  pauseSite(): Promise<unknown>;
  /** A paused send's outcome (issue 10), reported to the background; a failure drops the report, never the send. */
  recordSendOutcome(report: SendOutcomeReport): void;
  /** Fires once for every send through a coached composer that the site took (await-sent.ts), for outreach fingerprints. */
  onSent(sent: SentMessage): void;
  /** Recent send fingerprints for the copy-paste check (issue 10); absent, the check is skipped. */
  outreach?: OutreachCache;
  /** Store a real send's fingerprint (record-send.ts). */
  recordOutreach?(req: OutreachRecordRequest): Promise<unknown>;
  /** Logs a failure once per key, so a broken selector or a sleeping background does not flood the console. */
  logOnce(key: string, err: unknown): void;
}

export type { CoachingAction };

/** A send that went through a coached composer: its text, where, and to whom. Never leaves the page as is. */
export interface SentMessage {
  text: string;
  network: NetworkId;
  audience: Audience;
}
