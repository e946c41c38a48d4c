import type { ClassifyInput, ContactContext, Norm } from '../lib/classifier/types';
import { isNetworkId, networks } from '../lib/networks';

/**
 * Turns one JSON line into a ClassifyInput, or into a message a person can act on.
 * Pure on purpose: the CLI streams lines through it, and tests can call it without spawning.
 */
export type ParsedLine = { ok: true; input: ClassifyInput } | { ok: false; error: string };

export const NORMS: readonly Norm[] = ['social', 'market', 'hybrid'];
export const COMPOSERS = ['post', 'comment', 'reply', 'dm'] as const;

export function isNorm(value: unknown): value is Norm {
  return typeof value === 'string' && (NORMS as readonly string[]).includes(value);
}

export function knownNetworkIds(): string[] {
  return networks.map((n) => n.id);
}

/** Defaults apply to lines that leave the field out (the CLI's --network/--audience in --jsonl mode). */
export interface LineDefaults {
  network?: string;
  audience?: Norm;
}

export function parseInputLine(line: string, lineNo: number, defaults: LineDefaults = {}): ParsedLine {
  const fail = (why: string): ParsedLine => ({ ok: false, error: `line ${lineNo}: ${why}` });
  // A blank line still gets an output line, so output line N always answers input line N.
  if (line.trim() === '') return fail('blank line; expected a JSON object such as {"text": "…"}');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('expected a JSON object such as {"text": "…"}');
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return fail('"text" must be a string');

  const input: ClassifyInput = { text: record.text };
  const network = record.network ?? defaults.network;
  if (network !== undefined) {
    const problem = checkNetwork(network);
    if (problem) return fail(problem);
    input.network = network as string;
  }
  const audience = record.audience ?? defaults.audience;
  if (audience !== undefined) {
    const problem = checkAudience(audience);
    if (problem) return fail(problem);
    input.audience = audience as Norm;
  }
  if (record.contact !== undefined) {
    const contact = parseContact(record.contact);
    if (typeof contact === 'string') return fail(contact);
    input.contact = contact;
  }
  if (record.composer !== undefined) {
    if (!(COMPOSERS as readonly unknown[]).includes(record.composer)) {
      return fail(`unknown composer ${JSON.stringify(record.composer)} (expected one of ${COMPOSERS.join(', ')})`);
    }
    input.composer = record.composer as ClassifyInput['composer'];
  }
  return { ok: true, input };
}

/** Undefined when the network is known; otherwise the reason. Shared with the flag parser. */
export function checkNetwork(network: unknown): string | undefined {
  if (typeof network !== 'string') return '"network" must be a string';
  if (isNetworkId(network)) return undefined;
  return `unknown network ${JSON.stringify(network)} (known: ${knownNetworkIds().join(', ')})`;
}

export function checkAudience(audience: unknown): string | undefined {
  if (isNorm(audience)) return undefined;
  return `unknown audience ${JSON.stringify(audience)} (expected one of ${NORMS.join(', ')})`;
}

function parseContact(value: unknown): ContactContext | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'malformed contact: expected an object such as {"relationship": "social"}';
  }
  const raw = value as Record<string, unknown>;
  if (!isNorm(raw.relationship)) {
    return `malformed contact: "relationship" must be one of ${NORMS.join(', ')}, got ${JSON.stringify(raw.relationship ?? null)}`;
  }
  const contact: ContactContext = { relationship: raw.relationship };
  if (raw.name !== undefined) {
    if (typeof raw.name !== 'string') return 'malformed contact: "name" must be a string';
    contact.name = raw.name;
  }
  if (raw.tags !== undefined) {
    if (!Array.isArray(raw.tags) || !raw.tags.every((t) => typeof t === 'string')) {
      return 'malformed contact: "tags" must be an array of strings';
    }
    contact.tags = raw.tags as string[];
  }
  return contact;
}
