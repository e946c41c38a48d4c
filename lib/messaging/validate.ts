// Runtime checks for every message: TypeScript types vanish at run time, and a page script or a stale
// content script could send anything. Each check throws an Error that names the message and the field.
import { isNetworkId } from '../networks';
import { NOTEBOOK_MESSAGE_TYPES, type NotebookApi, type NotebookMessageType } from './protocol';

type Obj = Record<string, unknown>;

class Checker {
  constructor(private type: string, private obj: Obj) {}
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
  network(): string {
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
  only(keys: string[]): void {
    const extra = Object.keys(this.obj).filter((k) => !keys.includes(k));
    if (extra.length) this.fail(`unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}`);
  }
}

const validators: { [K in NotebookMessageType]: (c: Checker) => NotebookApi[K]['req'] } = {
  'notebook.findContact': (c) => {
    c.only(['network', 'handle', 'profileUrl']);
    const req = { network: c.network(), handle: c.str('handle', { optional: true, max: 200 }), profileUrl: c.str('profileUrl', { optional: true, max: 2000 }) };
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
  'notebook.addFromPage': (c) => {
    c.only(['network', 'handle', 'name', 'headline', 'profileUrl']);
    const profileUrl = c.str('profileUrl', { min: 1, max: 2000 })!;
    if (!/^https:\/\//.test(profileUrl)) c.fail('"profileUrl" must be an https URL');
    return {
      network: c.network(),
      handle: c.str('handle', { min: 1, max: 200 })!,
      name: c.str('name', { min: 1, max: 300 })!,
      headline: c.str('headline', { optional: true, max: 500 }),
      profileUrl,
    };
  },
  'notebook.openContact': (c) => {
    c.only(['id']);
    return { id: c.str('id', { min: 1, max: 100 })! };
  },
};

export type ValidMessage = { [K in NotebookMessageType]: { type: K; payload: NotebookApi[K]['req'] } }[NotebookMessageType];

export function isNotebookMessage(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && String((message as Obj).type).startsWith('notebook.');
}

/** Check a raw message; throws a clear Error for an unknown type or a malformed payload. */
export function validateMessage(message: unknown): ValidMessage {
  if (typeof message !== 'object' || message === null) throw new Error('Notebook message must be an object');
  const { type, payload } = message as Obj;
  if (typeof type !== 'string' || !(NOTEBOOK_MESSAGE_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Unknown notebook message type ${JSON.stringify(type)}`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error(`${type}: payload must be an object`);
  const t = type as NotebookMessageType;
  return { type: t, payload: validators[t](new Checker(t, payload as Obj)) } as ValidMessage;
}
