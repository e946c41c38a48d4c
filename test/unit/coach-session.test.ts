import { describe, expect, test } from 'vitest';
import { checkDraft } from '@/entrypoints/coach.content/check-draft';
import type { CoachDeps } from '@/entrypoints/coach.content/coach-deps';
import { shippedModel } from '@/lib/classifier/model/shipped';
import { editorKindOf } from '@/entrypoints/coach.content/editor-kind';
import { createSessionCore, type BadgeCallbacks } from '@/entrypoints/coach.content/session-core';
import type { SessionView } from '@/entrypoints/coach.content/session-view';
import type { ComposerAdapter, ContactSummary, FoundComposer } from '@/lib/composers/types';
import type { RecordCoachingRequest } from '@/lib/messaging/protocol';
import { defaultSettings } from '@/lib/settings/schema';
import { domFrom } from './coach-dom';

// The coach session's logic on a parsed page (linkedom): the real draft reading and classifier, a
// DM adapter that names its recipient, and a notebook whose answers the test releases in any order.

const mum: ContactSummary = {
  id: 'c1',
  name: 'Mum',
  relationship: 'social',
  tags: ['family'],
  howWeMet: '',
  latestNote: '',
  lastInteraction: null,
};
const SELLING = "I'm selling my old bike for $200, DM me if you want it before Friday!";
const THANKS = 'Thank you for the lovely dinner on Sunday, Mum!';

const editors = {
  textarea: () => domFrom('<textarea></textarea>', 'https://www.linkedin.com/messaging/').querySelector('textarea')!,
  contenteditable: () => domFrom('<div contenteditable="true"><p></p></div>', 'https://www.linkedin.com/messaging/').querySelector('div')!,
};
type EditorName = keyof typeof editors;

function setText(editor: HTMLElement, text: string): void {
  if (editor.tagName === 'TEXTAREA') (editor as HTMLTextAreaElement).value = text;
  else editor.querySelector('p')!.textContent = text;
}

function harness(editorName: EditorName = 'textarea') {
  const editor = editors[editorName]() as HTMLElement;
  const found: FoundComposer = { editor, kind: 'dm' };
  const adapter: ComposerAdapter = {
    network: 'linkedin',
    find: () => [found],
    anchor: (e) => e,
    audience: () => ({ kind: 'dm', target: { handle: 'mum-1', name: 'Mum' }, mentions: [] }),
  };
  // Each notebook look-up waits until the test answers it.
  const lookups: ((c: ContactSummary | null) => void)[] = [];
  const recorded: RecordCoachingRequest[] = [];
  const views: SessionView[] = [];
  let callbacks: BadgeCallbacks | null = null;
  const deps: CoachDeps = {
    settings: () => defaultSettings(),
    model: shippedModel,
    resolveContact: () => new Promise((resolve) => lookups.push(resolve)),
    recordCoaching: async (req) => void recorded.push(req),
    addContact: async () => ({ contactId: 'new' }),
    openContact: async () => undefined,
    muteRule: async () => undefined,
    pauseSite: async () => undefined,
    recordSendOutcome: () => undefined,
    onSent: () => undefined,
    logOnce: (key, err) => {
      throw new Error(`unexpected failure ${key}: ${String(err)}`);
    },
  };
  const read = editorKindOf(editor).read;
  const core = createSessionCore({
    network: 'linkedin',
    kind: 'dm',
    origin: 'https://www.linkedin.com',
    deps,
    check: (isCurrent) => checkDraft(adapter, found, deps, isCurrent, read),
    paint: (view, cb) => {
      views.push(view);
      callbacks = cb;
    },
  });
  /** Type, check, and answer the look-up as the notebook would. */
  const typeAndCheck = async (text: string, contact: ContactSummary | null = mum) => {
    setText(editor, text);
    const done = core.check();
    await Promise.resolve();
    lookups.shift()!(contact);
    await done;
  };
  return { editor, core, views, recorded, lookups, typeAndCheck, callbacks: () => callbacks! };
}

describe('coach session', () => {
  test('a check that a newer one overtook is dropped: its contact and verdict never show', async () => {
    const s = harness();
    setText(s.editor, SELLING);
    const first = s.core.check();
    setText(s.editor, THANKS);
    const second = s.core.check();
    await Promise.resolve();
    const [answerFirst, answerSecond] = s.lookups;
    answerSecond(null); // the newer check hears "not in the notebook" first
    await second;
    answerFirst(mum); // the older one then learns it is Mum, too late
    await first;
    expect(s.views).toHaveLength(1);
    expect(s.core.state.contact).toBeNull();
    expect(s.views[0].attributes['data-draft-length']).toBe(String(THANKS.length));
  });

  test('the draft to Mum flips, and the verdict is on the typed text', async () => {
    const s = harness();
    await s.typeAndCheck(SELLING);
    expect(s.views.at(-1)!.attributes).toMatchObject({
      'data-level': 'flip',
      'data-norm-source': 'contact',
      'data-draft-length': String(SELLING.length),
    });
  });

  test.each(['textarea', 'contenteditable'] as const)(
    '%s: a dismissal is recorded, and is reset once the draft is emptied',
    async (name) => {
      const s = harness(name);
      await s.typeAndCheck(SELLING);
      s.callbacks().onDismiss();
      expect(s.views.at(-1)!.attributes['data-dismissed']).toBe('true');
      expect(s.views.at(-1)!.highlights).toEqual([]);
      expect(s.recorded.map((r) => [r.action, r.level, r.handle])).toEqual([['dismissed', 'flip', 'mum-1']]);

      await s.typeAndCheck(SELLING + ' ok?'); // still dismissed while the same draft goes on
      expect(s.views.at(-1)!.attributes['data-dismissed']).toBe('true');
      await s.typeAndCheck('');
      await s.typeAndCheck(SELLING);
      expect(s.views.at(-1)!.attributes['data-dismissed']).toBe('false');
      expect(s.views.at(-1)!.highlights.length).toBeGreaterThan(0);
    },
  );

  test('a dismissal silences only what was shown: a new concern brings the badge and its highlights back', async () => {
    const s = harness();
    await s.typeAndCheck(SELLING);
    s.callbacks().onDismiss();
    expect(s.views.at(-1)!.attributes['data-dismissed']).toBe('true');
    const more = `${SELLING} Also, join my team and earn from home!`;
    await s.typeAndCheck(more);
    const view = s.views.at(-1)!;
    expect(view.attributes['data-dismissed']).toBe('false');
    expect(view.highlights.map((f) => f.category)).toContain('recruiting');
    // The concerns dismissed before stay quiet: only the new one is listed and highlighted.
    expect(view.badge.groups.map((g) => g.key)).toEqual(['recruiting']);
  });

  test.each(['textarea', 'contenteditable'] as const)(
    '%s: a flagged draft whose composer disappears is recorded as posted anyway',
    async (name) => {
      const s = harness(name);
      await s.typeAndCheck(SELLING);
      expect(s.recorded).toEqual([]);
      s.core.dispose('gone');
      expect(s.recorded).toEqual([
        { contactId: 'c1', network: 'linkedin', handle: 'mum-1', level: 'flip', categories: expect.any(Array), action: 'posted-anyway' },
      ]);
      expect(s.recorded[0].categories.length).toBeGreaterThan(0);
    },
  );

  test('turning Tact off, or a composer that leaves with a fine draft, records nothing', async () => {
    const off = harness();
    await off.typeAndCheck(SELLING);
    off.core.dispose('stopped');
    const fine = harness();
    await fine.typeAndCheck(THANKS);
    fine.core.dispose('gone');
    expect([off.recorded, fine.recorded]).toEqual([[], []]);
  });

  test('a flagged draft edited until it is fine is recorded as edited', async () => {
    const s = harness();
    await s.typeAndCheck(SELLING);
    await s.typeAndCheck(THANKS);
    expect(s.recorded.map((r) => [r.action, r.level])).toEqual([['edited', 'flip']]);
  });
});
