// Content-script side of the notebook channel: typed calls to the background, which validates every
// message at run time; a failure becomes a rejected Promise.
import type { Req } from '@/lib/messaging/protocol';
import { send } from './messaging';

/** The notebook's summary of this person on this network, or null if they are not in the notebook. */
export const findContact = (req: Req<'notebook.findContact'>) => send('notebook.findContact', req);

/** Add a coaching event to the contact's history (known contacts only; unknown → recorded: false). */
export const recordCoaching = (req: Req<'notebook.recordCoaching'>) => send('notebook.recordCoaching', req);

/** Save the person read from a profile page; an already known handle returns that contact unchanged. */
export const addFromPage = (profile: Req<'notebook.addFromPage'>) => send('notebook.addFromPage', profile);

/** Open the notebook on this contact's page. */
export const openContact = (id: string) => send('notebook.openContact', { id });
