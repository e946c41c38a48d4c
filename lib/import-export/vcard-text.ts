// Low-level vCard text handling (RFC 6350 §3.2–3.4, also vCard 3 RFC 2426): line folding, property lines,
// parameters and value escaping.

export interface VProperty {
  name: string;
  params: Record<string, string[]>;
  value: string;
  line: number;
}

const qpProperty = /^[^:]*;ENCODING=QUOTED-PRINTABLE[;:]/i;

/**
 * Unfold: a line break followed by a space or tab continues the previous line. vCard 2.1 (Android's contact
 * export) also continues a QUOTED-PRINTABLE value whose line ends in a soft break "=".
 */
export function unfold(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let softBreak = false;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (softBreak && out.length) out[out.length - 1].text = out[out.length - 1].text.slice(0, -1) + raw;
    else if (/^[ \t]/.test(raw) && out.length) out[out.length - 1].text += raw.slice(1);
    else out.push({ text: raw, line: i + 1 });
    const last = out[out.length - 1]?.text ?? '';
    softBreak = qpProperty.test(last) && last.endsWith('=');
  });
  return out.filter((l) => l.text.trim() !== '');
}

/** `item1.X-SOCIALPROFILE;TYPE=twitter;x-user=ada:https://…` → name, params, raw value. */
export function parseProperty(text: string, line: number): VProperty | null {
  let inQuote = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inQuote = !inQuote;
    else if (text[i] === ':' && !inQuote) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [rawName, ...rawParams] = text.slice(0, colon).split(';');
  const name = rawName.replace(/^[^.]*\./, '').toUpperCase();
  const params: Record<string, string[]> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    // vCard 2.1/3 allow bare parameters (TEL;CELL): they are TYPE values.
    const key = eq < 0 ? 'TYPE' : p.slice(0, eq).toUpperCase();
    const vals = (eq < 0 ? p : p.slice(eq + 1)).split(',').map((v) => v.replace(/^"|"$/g, '').toLowerCase());
    (params[key] ??= []).push(...vals);
  }
  const raw = text.slice(colon + 1);
  const value = params.ENCODING?.includes('quoted-printable') ? decodeQuotedPrintable(raw) : raw;
  return { name, params, value, line };
}

/** `=C3=89lise` → `Élise` (vCard 2.1; bytes are UTF-8, which Android and iOS write). */
export function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** Split a value on an unescaped separator (`;` for N/ORG, `,` for CATEGORIES), then unescape each part. */
export function splitValue(value: string, sep: ';' | ','): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && i + 1 < value.length) {
      cur += value[i] + value[i + 1];
      i++;
    } else if (value[i] === sep) {
      parts.push(cur);
      cur = '';
    } else cur += value[i];
  }
  parts.push(cur);
  return parts.map(unescapeValue);
}

export function unescapeValue(v: string): string {
  return v.replace(/\\([\\,;nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** Fold at 75 octets (RFC 6350 §3.2) without splitting a UTF-8 character. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const pieces: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = pieces.length ? 74 : 75; // continuation lines start with a space
    if (bytes + n > limit) {
      pieces.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  pieces.push(cur);
  return pieces.join('\r\n ');
}
