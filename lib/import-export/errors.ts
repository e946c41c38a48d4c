import { phrase, plainText, type Phrase, type Words } from '../i18n/phrase';

/**
 * A file Tact refuses to import. Its phrase (locales: `importer.*`) is what the user reads, said in their
 * language by the popup or the background; it says what is wrong and where. The message is for logs.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly phrase: Phrase) {
    super(plainText(phrase));
  }
}

/** Refuse a file: `key` under `importer.` in locales/, with its substitutions. */
export const refuse = (key: string, ...subs: Words[]): ImportError => new ImportError(phrase(`importer.${key}`, ...subs));

/** Bigger than any real notebook, LinkedIn export or address book without photos; stops a 50 MB file early. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

export function assertImportSize(byteLength: number): void {
  if (byteLength > MAX_IMPORT_BYTES) throw refuse('tooBig', Math.round((byteLength / MB) * 10) / 10, MAX_IMPORT_BYTES / MB);
}

/** Decode strictly: a file that is not UTF-8 is refused rather than imported as mojibake. */
export function decodeUtf8(bytes: Uint8Array): string {
  assertImportSize(bytes.byteLength);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw refuse('notUtf8');
  }
}

// An HTML tag or a javascript: URL in a name is not a name; such a file is refused whole, with the row named.
const markup = /<\s*\/?\s*[a-z!][^>]*>|javascript:/i;

/** `where` names the field and the row ("The name in line 3"); a function is only called to refuse. */
export function assertNoMarkup(value: string | undefined, where: Words | (() => Words)): void {
  if (value && markup.test(value))
    throw refuse('markup', typeof where === 'function' ? where() : where, JSON.stringify(value.slice(0, 60)));
}
