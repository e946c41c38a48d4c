// Where a record came from, for messages: "line 12" (CSV), "card 3 (Ada)" (vCard), "contact 5 (Ada)" (backup).
// The string is also the record's id in the user's merge choices, so it stays one stable string; the UI
// says it in its own language through sourceWords, which reads back exactly what these builders write.
import { phrase, type Words } from '../i18n/phrase';

type Kind = 'line' | 'card' | 'contact';

const source = (kind: Kind, n: number, name?: string) => (name ? `${kind} ${n} (${name})` : `${kind} ${n}`);

export const lineSource = (n: number) => source('line', n);
export const cardSource = (n: number, name?: string) => source('card', n, name);
export const contactSource = (n: number, name?: string) => source('contact', n, name);

const FORM = /^(line|card|contact) (\d+)(?: \(([\s\S]*)\))?$/;

/** "card 3 (Ada)" as the person reads it ("tarjeta 3 (Ada)"); anything else as it is. */
export function sourceWords(s: string): Words {
  const m = FORM.exec(s);
  if (!m) return s;
  const where = phrase(`importer.source.${m[1]}`, m[2]);
  return m[3] === undefined ? where : phrase('importer.source.named', where, m[3]);
}
