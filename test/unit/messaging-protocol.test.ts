import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForProfileRead } from '@/entrypoints/coach.content/listen-profile-read';
import { MESSAGE_TYPES } from '@/lib/messaging/protocol';
import { validateMessage, validatePageProfile } from '@/lib/messaging/validate';
import { registerBackgroundHandlers } from '@/runtime/background-handlers';

// Every channel goes through runtime/messaging.ts: these tests drive the registered listener the way
// the browser does, with a sender, and read what it answers through sendResponse.
async function deliver(message: unknown, sender: { id?: string }) {
  let answered = false;
  let respond: (r: unknown) => void = () => {};
  const replied = new Promise<unknown>((resolve) => (respond = resolve));
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, (r: unknown) => {
    answered = true;
    respond(r);
  });
  const claimed = (results as unknown[]).some((r) => r === true);
  // A listener that keeps the channel (true) answers later; one that does not has answered already or never will.
  return { reply: claimed || answered ? await replied : 'no reply', claimed };
}

const page = parseHTML(`<!doctype html><html><body><main><h1 class="text-heading-xlarge">Jane Doe</h1>
  <div class="text-body-medium break-words">Procurement lead</div></main></body></html>`).document as unknown as Document;

const background = {
  'notebook.findContact': { network: 'linkedin', handle: 'jane' },
  'coach.classify': { input: { text: 'Special price for you', network: 'facebook' } },
  'coach.model': {},
};

describe('one protocol, one sender check', () => {
  beforeEach(() => fakeBrowser.reset());

  test.each(Object.entries(background))('background refuses %s from another extension, and answers it from Tact', async (type, payload) => {
    registerBackgroundHandlers();
    const foreign = await deliver({ type, payload }, { id: 'some-other-extension' });
    expect(foreign.reply).toEqual({ ok: false, error: `${type}: Tact accepts messages from Tact only` });
    const own = await deliver({ type, payload }, { id: fakeBrowser.runtime.id });
    expect(own.reply).toMatchObject({ ok: true });
  });

  test('profile.read is answered by the content script with the page profile, in the same reply shape', async () => {
    listenForProfileRead(page, () => 'https://www.linkedin.com/in/jane-doe-123/');
    const { reply } = await deliver({ type: 'profile.read', payload: {} }, { id: fakeBrowser.runtime.id });
    expect(reply).toEqual({
      ok: true,
      data: {
        network: 'linkedin',
        handle: 'jane-doe-123',
        name: 'Jane Doe',
        headline: 'Procurement lead',
        profileUrl: 'https://www.linkedin.com/in/jane-doe-123/',
      },
    });
    expect(validatePageProfile((reply as { data: unknown }).data)).toEqual((reply as { data: unknown }).data);
  });

  test('a context leaves the types it does not own to other listeners', async () => {
    listenForProfileRead(page, () => 'https://www.linkedin.com/in/jane/');
    const { reply, claimed } = await deliver({ type: 'notebook.findContact', payload: background['notebook.findContact'] }, {});
    expect([reply, claimed]).toEqual(['no reply', false]);
  });

  test('every message type has a validator that rejects an unknown field', () => {
    for (const type of MESSAGE_TYPES) {
      expect(() => validateMessage({ type, payload: { surprise: 1 } }), type).toThrow(/unknown field\(s\) "surprise"|needs/);
    }
  });

  test('one PageProfile check for the popup and the background: same rule, same words', () => {
    const bad = { network: 'x', handle: 'a', name: 'A', profileUrl: 'javascript:alert(1)' };
    expect(() => validatePageProfile(bad, 'profile.read')).toThrow('profile.read: "profileUrl" must be an https URL');
    expect(() => validateMessage({ type: 'notebook.addFromPage', payload: bad })).toThrow(
      'notebook.addFromPage: "profileUrl" must be an https URL',
    );
  });
});

describe('send/outcome (issue 10): what the coaching changed, never the text', () => {
  const report = {
    network: 'facebook',
    outcome: 'revised',
    ruleIds: ['promo-codes.code'],
    categories: ['promo-codes'],
    at: 1_764_000_000_000,
  };

  test('a well-formed report passes as it is', () => {
    expect(validateMessage({ type: 'send/outcome', payload: report })).toEqual({ type: 'send/outcome', payload: report });
  });

  test.each([
    ['an unknown outcome', { ...report, outcome: 'ignored' }, /"outcome" must be one of/],
    ['an unknown network', { ...report, network: 'myspace2' }, /known network id/],
    ['a time that is not one', { ...report, at: 'yesterday' }, /"at" must be a number from 0/],
    ['the draft’s text', { ...report, text: 'Use my code ANA20' }, /unknown field\(s\) "text"/],
  ])('%s is refused', (_, payload, error) => {
    expect(() => validateMessage({ type: 'send/outcome', payload })).toThrow(error);
  });
});
