// What the background does for each notebook message. Takes the database and the one side effect
// (opening a tab) as arguments so tests call it directly, without a browser.
import { recordCoachingEvent } from '../db/coaching';
import { addContact, findByHandle, getContact } from '../db/contacts';
import type { TactDb } from '../db/schema';
import { toSummary } from '../db/summary';
import { getNetwork } from '../networks';
import { answerMessage } from './answer';
import type { ImportType } from './import-handlers';
import type { Handlers, Reply } from './protocol';

export interface HandlerDeps {
  db: TactDb;
  /** Open the notebook at a route such as `#/contact/<id>`. */
  openNotebook: (hash: string) => Promise<void>;
  /** The user's "keep draft text in the history" setting, read on the extension side. */
  keepDraftText?: () => Promise<boolean>;
  now?: () => number;
}

export type NotebookType = Exclude<Extract<keyof Handlers, `notebook.${string}`>, ImportType>;

/** The background's answers to every notebook.* message. */
export const notebookHandlers = ({ db, now, keepDraftText, openNotebook }: HandlerDeps): Handlers<NotebookType> => ({
  'notebook.findContact': async (req) => {
    const c = await findByHandle(db, req);
    return c ? toSummary(c) : null;
  },
  'notebook.recordCoaching': async (req) => {
    const contact = req.contactId ? await getContact(db, req.contactId) : await findByHandle(db, req);
    // History is kept for people in the notebook only; drafts to strangers leave no trace.
    if (!contact) return { recorded: false, contactId: null };
    // The setting is checked here too, not only by the sender: the text is never stored unless the user said so.
    const keepText = !!req.draftText && !!(await keepDraftText?.());
    await recordCoachingEvent(db, {
      contactId: contact.id,
      network: req.network,
      at: (now ?? Date.now)(),
      level: req.level,
      categories: req.categories,
      action: req.action,
      ...(keepText ? { draftText: req.draftText } : {}),
    });
    return { recorded: true, contactId: contact.id };
  },
  'notebook.addFromPage': async (req) => {
    const known = await findByHandle(db, req);
    if (known) return { contactId: known.id, created: false };
    const c = await addContact(db, {
      name: req.name.trim(),
      handles: [{ network: req.network, handle: req.handle, profileUrl: req.profileUrl }],
      // Until the user says otherwise, a person is judged by the norm of the network we met them on.
      relationship: getNetwork(req.network)?.defaultNorm ?? 'hybrid',
      tags: [],
      howWeMet: '',
      notes: '',
      keepInTouchDays: null,
      lastInteraction: null,
      ...(req.headline ? { title: req.headline } : {}),
    });
    return { contactId: c.id, created: true };
  },
  'notebook.openContact': async (req) => {
    await openNotebook(`#/contact/${encodeURIComponent(req.id)}`);
    return { opened: true };
  },
});

/** Validate and run one notebook message, as the background does. */
export const handleNotebookMessage = (message: unknown, deps: HandlerDeps): Promise<Reply<unknown>> =>
  answerMessage(message, notebookHandlers(deps));
