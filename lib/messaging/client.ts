// Content-script side of the notebook channel. Each call validates nothing itself: the background checks
// every message at run time and answers { ok, data | error }; a failure becomes a rejected Promise.
import { browser } from 'wxt/browser';
import type { NotebookApi, NotebookMessageType, NotebookReply } from './protocol';

export type { ContactSummary, PageProfile, FindContactRequest, RecordCoachingRequest } from './protocol';

async function call<K extends NotebookMessageType>(type: K, payload: NotebookApi[K]['req']): Promise<NotebookApi[K]['res']> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as NotebookReply<NotebookApi[K]['res']> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`${type}: no answer from the Tact background`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** The notebook's summary of this person on this network, or null if they are not in the notebook. */
export const findContact = (req: NotebookApi['notebook.findContact']['req']) => call('notebook.findContact', req);

/** Add a coaching event to the contact's history (known contacts only; unknown → recorded: false). */
export const recordCoaching = (req: NotebookApi['notebook.recordCoaching']['req']) => call('notebook.recordCoaching', req);

/** Save the person read from a profile page; an already known handle returns that contact unchanged. */
export const addFromPage = (profile: NotebookApi['notebook.addFromPage']['req']) => call('notebook.addFromPage', profile);

/** Open the notebook on this contact's page. */
export const openContact = (id: string) => call('notebook.openContact', { id });
