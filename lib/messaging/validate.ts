// Runtime checks for every message: TypeScript types vanish at run time, and a page script or a stale
// content script could send anything. One validator per message type; each check throws an Error that
// names the message and the field.
import { isNetworkId, type NetworkId } from '../networks';
import { MESSAGE_TYPES, type MessageType, type PageProfile, type Req } from './protocol';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  constructor(
    private type: string,
    private obj: Obj,
  ) {}
  fail(msg: string): never {
    throw new Error(`${this.type}: ${msg}`);
  }
  str(key: string, opts: { optional?: boolean; max?: number; min?: number } = {}): string | undefined {
    const v = this.obj[key];
    if (v === undefined && opts.optional) return undefined;
    if (typeof v !== 'string') this.fail(`"${key}" must be a string`);
    if (v.length < (opts.min ?? 0)) this.fail(`"${key}" must not be empty`);
    if (v.length > (opts.max ?? 500)) this.fail(`"${key}" is longer than ${opts.max ?? 500} characters`);
    return v;
  }
  network(): NetworkId {
    const v = this.str('network', { min: 1, max: 40 })!;
    if (!isNetworkId(v)) this.fail('"network" must be a known network id');
    return v;
  }
  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.obj[key];
    if (typeof v !== 'string' || !allowed.includes(v as T)) this.fail(`"${key}" must be one of ${allowed.join(', ')}`);
    return v as T;
  }
  strings(key: string, maxItems: number, maxLen: number): string[] {
    const v = this.obj[key];
    if (!Array.isArray(v) || v.length > maxItems || !v.every((s) => typeof s === 'string' && s.length <= maxLen)) {
      this.fail(`"${key}" must be a list of at most ${maxItems} strings of ≤ ${maxLen} characters`);
    }
    return v as string[];
  }
  /** A finite number in [min, max]; integers only when asked (fingerprint halves, counts). */
  num(key: string, min: number, max: number, integer = false): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
      this.fail(`"${key}" must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    return v;
  }
  bool(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v !== undefined && typeof v !== 'boolean') this.fail(`"${key}" must be true or false`);
    return v as boolean | undefined;
  }
  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }
  object(key: string, optional = false): Obj | undefined {
    const v = this.obj[key];
    if (v === undefined && optional) return undefined;
    if (!isObj(v)) this.fail(`"${key}" must be an object`);
    return v;
  }
  only(keys: string[]): void {
    const extra = Object.keys(this.obj).filter((k) => !keys.includes(k));
    if (extra.length) this.fail(`unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}`);
  }
}

function pageProfile(c: Checker): PageProfile {
  c.only(['network', 'handle', 'name', 'headline', 'profileUrl']);
  const profileUrl = c.str('profileUrl', { min: 1, max: 2000 })!;
  if (!/^https:\/\//.test(profileUrl)) c.fail('"profileUrl" must be an https URL');
  const headline = c.str('headline', { optional: true, max: 500 });
  return {
    network: c.network(),
    handle: c.str('handle', { min: 1, max: 200 })!,
    name: c.str('name', { min: 1, max: 300 })!,
    ...(headline !== undefined ? { headline } : {}),
    profileUrl,
  };
}

/**
 * The one check of a PageProfile, wherever one arrives: the popup reading the tab's reply to
 * `profile.read`, and the background receiving `notebook.addFromPage`.
 */
export function validatePageProfile(value: unknown, type = 'PageProfile'): PageProfile {
  if (!isObj(value)) throw new Error(`${type}: must be an object`);
  return pageProfile(new Checker(type, value));
}

// The longest draft a content script may send to be classified (a 100 KB paste is the tested case).
const MAX_DRAFT_CHARS = 2_000_000;
// Timestamps are epoch ms; anything past the year 2100 is a bug, not a date.
const MAX_TIME = 4_102_444_800_000;

/** A file to import (as text), the merges chosen in its preview and, to import it, the preview's plan id. */
function importFile(c: Checker, withPlan: boolean): Req<'notebook.import'> {
  c.only(withPlan ? ['fileName', 'text', 'merges', 'planId'] : ['fileName', 'text', 'merges']);
  const merges = c.object('merges')!;
  if (!Object.values(merges).every((v) => typeof v === 'string' && v.length <= 100)) c.fail('"merges" must map ids to ids');
  const planId = withPlan ? c.str('planId', { optional: true, min: 1, max: 100 }) : undefined;
  // The file's size was checked in the popup (20 MB); a UTF-8 character is at least one byte. With a plan id the
  // text may be left out (the background holds the previewed file).
  const text = c.str('text', { max: 20 * 1024 * 1024, optional: planId !== undefined });
  return {
    fileName: c.str('fileName', { max: 500 })!,
    ...(text !== undefined ? { text } : {}),
    merges: merges as Record<string, string>,
    ...(planId ? { planId } : {}),
  };
}

const validators: { [K in MessageType]: (c: Checker) => Req<K> } = {
  'notebook.findContact': (c) => {
    c.only(['network', 'handle', 'profileUrl']);
    const req = {
      network: c.network(),
      handle: c.str('handle', { optional: true, max: 200 }),
      profileUrl: c.str('profileUrl', { optional: true, max: 2000 }),
    };
    if (!req.handle && !req.profileUrl) c.fail('needs "handle" or "profileUrl"');
    return req;
  },
  'notebook.recordCoaching': (c) => {
    c.only(['contactId', 'network', 'handle', 'profileUrl', 'level', 'categories', 'action', 'draftText']);
    return {
      contactId: c.str('contactId', { optional: true, min: 1, max: 100 }),
      network: c.network(),
      handle: c.str('handle', { optional: true, max: 200 }),
      profileUrl: c.str('profileUrl', { optional: true, max: 2000 }),
      level: c.oneOf('level', ['ok', 'caution', 'flip'] as const),
      categories: c.strings('categories', 20, 60),
      action: c.oneOf('action', ['edited', 'dismissed', 'posted-anyway'] as const),
      draftText: c.str('draftText', { optional: true, max: 100_000 }),
    };
  },
  'notebook.addFromPage': pageProfile,
  'notebook.openContact': (c) => {
    c.only(['id']);
    return { id: c.str('id', { min: 1, max: 100 })! };
  },
  'notebook.previewImport': (c) => {
    const file = importFile(c, false);
    return { ...file, text: file.text! }; // required here: there is no plan id
  },
  'notebook.prepareImport': (c) => {
    c.only([]);
    return {};
  },
  'notebook.import': (c) => importFile(c, true),
  'notebook.importStatus': (c) => {
    c.only(['markSeen']);
    const markSeen = c.bool('markSeen');
    return markSeen === undefined ? {} : { markSeen };
  },
  'coach.classify': (c) => {
    c.only(['input', 'options']);
    const input = c.object('input')!;
    const options = c.object('options', true);
    // Shape only: classify() checks the rest itself (network id, norms) and throws a readable error.
    const inner = new Checker('coach.classify', input);
    inner.only(['text', 'network', 'audience', 'contact', 'composer']);
    inner.str('text', { max: MAX_DRAFT_CHARS });
    if (options) new Checker('coach.classify', options).only(['sensitivity', 'mutedRules', 'languages']);
    return { input: input as unknown as Req<'coach.classify'>['input'], ...(options ? { options } : {}) };
  },
  'coach.model': (c) => {
    c.only([]);
    return {};
  },
  'send/outcome': (c) => {
    c.only(['network', 'outcome', 'ruleIds', 'categories', 'at']);
    return {
      network: c.network(),
      outcome: c.oneOf('outcome', ['revised', 'cancelled', 'posted-anyway', 'fixed-before-send'] as const),
      ruleIds: c.strings('ruleIds', 50, 100),
      categories: c.strings('categories', 20, 60),
      at: c.num('at', 0, MAX_TIME),
    };
  },
  'outreach/record': (c) => {
    c.only(['network', 'recipientKey', 'fingerprint', 'at']);
    const f = new Checker('outreach/record', c.object('fingerprint')!);
    f.only(['sig', 'words']);
    const sig = f.str('sig', { min: 1, max: 512 })!;
    if (!/^(?:[0-9a-f]{4})+$/.test(sig)) f.fail('"sig" must be hex digits in groups of 4');
    return {
      network: c.network(),
      recipientKey: c.str('recipientKey', { min: 1, max: 100 })!,
      fingerprint: { sig, words: f.num('words', 0, 1e7, true) },
      at: c.num('at', 0, MAX_TIME),
    };
  },
  'outreach/recent': (c) => {
    c.only(['since']);
    return c.has('since') ? { since: c.num('since', 0, MAX_TIME) } : {};
  },
  'profile.read': (c) => {
    c.only([]);
    return {};
  },
};

export type ValidMessage = { [K in MessageType]: { type: K; payload: Req<K> } }[MessageType];

export const isMessageType = (type: unknown): type is MessageType =>
  typeof type === 'string' && (MESSAGE_TYPES as readonly string[]).includes(type);

/** Check a raw message; throws a clear Error for an unknown type or a malformed payload. */
export function validateMessage(message: unknown): ValidMessage {
  if (!isObj(message)) throw new Error('A Tact message must be an object');
  const { type, payload } = message;
  if (!isMessageType(type)) throw new Error(`Unknown Tact message type ${JSON.stringify(type)}`);
  if (!isObj(payload)) throw new Error(`${type}: payload must be an object`);
  return { type, payload: validators[type](new Checker(type, payload)) } as ValidMessage;
}
