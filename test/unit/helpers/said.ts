// What a person reads, in English (unit tests answer the browser's i18n from locales/en.yml): lib/ names
// its messages by key (lib/i18n/phrase.ts), and these say them as the popup does.
import { storageErrorMessage } from '@/lib/db/storage-errors';
import { say } from '@/runtime/say';

/** The sentence the popup shows when `run` refuses (throws), or a failure when it does not. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    return storageErrorMessage(err, say);
  }
  throw new Error('expected a refusal, but it ran');
}

/** The same for an async step. */
export async function asyncRefusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (err) {
    return storageErrorMessage(err, say);
  }
  throw new Error('expected a refusal, but it ran');
}

/** The popup's Say, for the phrases a test reads (skip reasons, journal lines). */
export { say };
