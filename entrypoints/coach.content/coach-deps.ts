import type { CoachingAction, OutreachRecordRequest, PageProfile, RecordCoachingRequest } from '@/lib/messaging/protocol';
import type { ResolveContact } from '@/lib/composers/types';
import type { Settings } from '@/lib/settings/schema';
import type { OutreachCache } from './outreach-cache';

/**
 * What a composer session needs from outside the page: settings and the notebook. Injected so the
 * session has no hard tie to messaging (and the notebook can be swapped or absent).
 */
export interface CoachDeps {
  settings(): Settings;
  resolveContact: ResolveContact;
  recordCoaching(req: RecordCoachingRequest): Promise<unknown>;
  addContact(profile: PageProfile): Promise<{ contactId: string }>;
  openContact(id: string): Promise<unknown>;
  muteRule(ruleId: string): Promise<unknown>;
  pauseSite(): Promise<unknown>;
  /** Recent send fingerprints for the copy-paste check (issue 10); absent, the check is skipped. */
  outreach?: OutreachCache;
  /** Store a real send's fingerprint (record-send.ts). */
  recordOutreach?(req: OutreachRecordRequest): Promise<unknown>;
  /** Logs a failure once per key, so a broken selector or a sleeping background does not flood the console. */
  logOnce(key: string, err: unknown): void;
}

export type { CoachingAction };
