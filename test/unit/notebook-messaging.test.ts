import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addContact, createDb, getDb, historyFor, wipeAll, type ContactInput, type TactDb } from '../../lib/db';
import { handleNotebookMessage, type HandlerDeps } from '../../lib/messaging/handlers';
import { registerBackgroundHandlers } from '../../runtime/background-handlers';
import { addFromPage, findContact, openContact, recordCoaching } from '../../runtime/notebook-client';

const base: ContactInput = {
  name: 'Mum',
  handles: [{ network: 'linkedin', handle: 'jane-doe-123', profileUrl: 'https://www.linkedin.com/in/jane-doe-123/' }],
  relationship: 'social',
  tags: ['family'],
  howWeMet: 'she raised me',
  notes: 'old\nloves gardening',
  keepInTouchDays: null,
  lastInteraction: null,
};

describe('handler validation (called directly)', () => {
  let db: TactDb;
  let opened: string[];
  let deps: HandlerDeps;
  let k = 0;
  beforeEach(async () => {
    db = createDb(`msg-${k++}`);
    opened = [];
    deps = { db, openNotebook: async (h) => void opened.push(h), now: () => 42 };
  });

  test.each([
    ['not an object', 'hello', /must be an object/],
    ['unknown type', { type: 'notebook.dropTables', payload: {} }, /Unknown Tact message type "notebook.dropTables"/],
    ['payload missing', { type: 'notebook.findContact' }, /payload must be an object/],
    [
      'unknown network',
      { type: 'notebook.findContact', payload: { network: 'myfacebook', handle: 'a' } },
      /"network" must be a known network id/,
    ],
    ['neither handle nor URL', { type: 'notebook.findContact', payload: { network: 'x' } }, /needs "handle" or "profileUrl"/],
    ['handle of wrong type', { type: 'notebook.findContact', payload: { network: 'x', handle: 42 } }, /"handle" must be a string/],
    ['extra field', { type: 'notebook.findContact', payload: { network: 'x', handle: 'a', sql: '1' } }, /unknown field\(s\) "sql"/],
    [
      'bad level',
      { type: 'notebook.recordCoaching', payload: { network: 'x', handle: 'a', level: 'nuke', categories: [], action: 'edited' } },
      /"level" must be one of ok, caution, flip/,
    ],
    [
      'categories not strings',
      { type: 'notebook.recordCoaching', payload: { network: 'x', handle: 'a', level: 'ok', categories: [1], action: 'edited' } },
      /"categories" must be a list/,
    ],
    [
      'javascript profile URL',
      { type: 'notebook.addFromPage', payload: { network: 'x', handle: 'a', name: 'A', profileUrl: 'javascript:alert(1)' } },
      /https URL/,
    ],
    [
      'oversized name',
      { type: 'notebook.addFromPage', payload: { network: 'x', handle: 'a', name: 'A'.repeat(301), profileUrl: 'https://x.com/a' } },
      /"name" is longer than 300/,
    ],
  ])('rejects %s with a clear error', async (_label, message, error) => {
    const reply = await handleNotebookMessage(message, deps);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(await db.contacts.count()).toBe(0);
  });

  test('findContact by handle or by profile URL returns the summary', async () => {
    const c = await addContact(db, base);
    const byHandle = await handleNotebookMessage(
      { type: 'notebook.findContact', payload: { network: 'linkedin', handle: 'Jane-Doe-123' } },
      deps,
    );
    expect(byHandle).toEqual({
      ok: true,
      data: {
        id: c.id,
        name: 'Mum',
        relationship: 'social',
        tags: ['family'],
        howWeMet: 'she raised me',
        latestNote: 'loves gardening',
        lastInteraction: null,
      },
    });
    const byUrl = await handleNotebookMessage(
      { type: 'notebook.findContact', payload: { network: 'linkedin', profileUrl: 'https://www.linkedin.com/in/jane-doe-123' } },
      deps,
    );
    expect(byUrl.ok && (byUrl.data as { id: string }).id).toBe(c.id);
    const stranger = await handleNotebookMessage(
      { type: 'notebook.findContact', payload: { network: 'linkedin', handle: 'someone-else' } },
      deps,
    );
    expect(stranger).toEqual({ ok: true, data: null });
  });

  test('recordCoaching stores history for known contacts only, no draft text unless given', async () => {
    const c = await addContact(db, base);
    const known = await handleNotebookMessage(
      {
        type: 'notebook.recordCoaching',
        payload: { network: 'linkedin', handle: 'jane-doe-123', level: 'flip', categories: ['price'], action: 'edited' },
      },
      deps,
    );
    expect(known).toEqual({ ok: true, data: { recorded: true, contactId: c.id } });
    const unknown = await handleNotebookMessage(
      { type: 'notebook.recordCoaching', payload: { network: 'x', handle: 'nobody', level: 'ok', categories: [], action: 'dismissed' } },
      deps,
    );
    expect(unknown).toEqual({ ok: true, data: { recorded: false, contactId: null } });
    const history = await historyFor(db, c.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ at: 42, level: 'flip', categories: ['price'], action: 'edited', network: 'linkedin' });
    expect('draftText' in history[0]).toBe(false);
  });

  test('addFromPage creates once with the network norm, then returns the existing contact', async () => {
    const profile = {
      network: 'linkedin',
      handle: 'grace-h',
      name: 'Grace Hopper',
      headline: 'Rear admiral',
      profileUrl: 'https://www.linkedin.com/in/grace-h/',
    };
    const first = await handleNotebookMessage({ type: 'notebook.addFromPage', payload: profile }, deps);
    const second = await handleNotebookMessage({ type: 'notebook.addFromPage', payload: { ...profile, name: 'Changed' } }, deps);
    expect(first.ok && (first.data as { created: boolean }).created).toBe(true);
    expect(second.ok && second.data).toEqual({ contactId: (first as { data: { contactId: string } }).data.contactId, created: false });
    const all = await db.contacts.toArray();
    expect(all.map((c) => [c.name, c.relationship, c.title])).toEqual([['Grace Hopper', 'market', 'Rear admiral']]);
  });

  test('draft text is stored only when the keep-draft-text setting is on, whatever the sender sends', async () => {
    const c = await addContact(db, base);
    const msg = {
      type: 'notebook.recordCoaching',
      payload: {
        contactId: c.id,
        network: 'linkedin',
        level: 'flip',
        categories: ['price'],
        action: 'posted-anyway',
        draftText: 'Special price for you, Mum',
      },
    };
    await handleNotebookMessage(msg, { ...deps, keepDraftText: async () => false });
    await handleNotebookMessage(msg, { ...deps, keepDraftText: async () => true, now: () => 43 });
    const texts = (await historyFor(db, c.id)).map((e) => e.draftText);
    expect(texts).toEqual(['Special price for you, Mum', undefined]);
  });

  test('openContact opens the contact route', async () => {
    expect(await handleNotebookMessage({ type: 'notebook.openContact', payload: { id: 'a b' } }, deps)).toEqual({
      ok: true,
      data: { opened: true },
    });
    expect(opened).toEqual(['#/contact/a%20b']);
  });
});

describe('client ↔ background through runtime messaging', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await wipeAll(getDb());
    registerBackgroundHandlers();
  });

  test('content-script client finds, records and adds through the registered handler', async () => {
    const c = await addContact(getDb(), base);
    expect((await findContact({ network: 'linkedin', handle: 'jane-doe-123' }))?.relationship).toBe('social');
    expect(
      await recordCoaching({
        network: 'linkedin',
        handle: 'jane-doe-123',
        level: 'caution',
        categories: ['offer'],
        action: 'posted-anyway',
      }),
    ).toEqual({ recorded: true, contactId: c.id });
    const added = await addFromPage({ network: 'x', handle: '@NewPerson', name: 'New Person', profileUrl: 'https://x.com/NewPerson' });
    expect(added.created).toBe(true);
    expect((await findContact({ network: 'x', handle: 'newperson' }))?.name).toBe('New Person');
  });

  test('a malformed call rejects with the validation message', async () => {
    await expect(findContact({ network: 'nope' as 'x', handle: 'a' })).rejects.toThrow(
      'notebook.findContact: "network" must be a known network id',
    );
  });

  test('openContact opens the popup page on the contact route in a tab', async () => {
    await openContact('abc');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/popup.html#/contact/abc'))).toBe(true);
  });
});
