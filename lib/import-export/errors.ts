/** A file Tact refuses to import. The message is shown to the user as is, so it says what is wrong and where. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Bigger than any real notebook, LinkedIn export or address book without photos; stops a 50 MB file early. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Decode strictly: a file that is not UTF-8 is refused rather than imported as mojibake. */
export function assertImportSize(byteLength: number): void {
  if (byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `The file is ${(byteLength / 1048576).toFixed(1)} MB; Tact imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Nothing was imported.`,
    );
  }
}

export function decodeUtf8(bytes: Uint8Array): string {
  assertImportSize(bytes.byteLength);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportError('The file is not valid UTF-8 text (it may be in another encoding or not a text file). Nothing was imported.');
  }
}

// An HTML tag or a javascript: URL in a name is not a name; such a file is refused whole, with the row named.
const markup = /<\s*\/?\s*[a-z!][^>]*>|javascript:/i;

export function assertNoMarkup(value: string | undefined, where: string): void {
  if (value && markup.test(value)) {
    throw new ImportError(
      `${where} contains HTML or script (${JSON.stringify(value.slice(0, 60))}). The file was refused. Nothing was imported.`,
    );
  }
}
