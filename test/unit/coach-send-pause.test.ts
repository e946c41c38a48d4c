import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BadgeHost } from '@/entrypoints/coach.content/badge-host';
import type { CoachDeps, SentMessage } from '@/entrypoints/coach.content/coach-deps';
import type { SendJudgement } from '@/entrypoints/coach.content/judge-send';
import { SENT_WITHIN_MS } from '@/entrypoints/coach.content/await-sent';
import { createSendPause, type SendPause } from '@/entrypoints/coach.content/send-pause';
import type { SendPauseCardProps } from '@/components/coach/SendPauseCard';
import { classify } from '@/lib/classifier';
import { settleSend } from '@/lib/coach/settle-send';
import type { SendOutcomeReport } from '@/lib/messaging/protocol';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { domFrom } from './coach-dom';

// One composer's pause with the real classifier, a stand-in badge host and a stand-in send control
// whose click() re-enters the pause the way the page's capture listener does. The stand-in site
// empties its box once it has sent, as the networks do, unless told to refuse.

const PITCH = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';
const WARM = 'Lunch on Sunday? Mum is making paella and the kids miss you.';

/** The window's timers, faked by vitest: the pause looks for the emptied box on them. */
const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
};

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function composer(settings: Settings, shared: { sent: SentMessage[]; outcomes: SendOutcomeReport[] }) {
  let text = '';
  let card: Omit<SendPauseCardProps, 'below'> | null = null;
  const editor = domFrom('<textarea></textarea>', 'https://www.facebook.com/').querySelector('textarea')!;
  // linkedom has no selection API on fields: the caret is played by these two stand-ins.
  const carets: number[][] = [];
  Object.assign(editor, { selectionStart: 7, selectionEnd: 9, setSelectionRange: (a: number, b: number) => carets.push([a, b]) });
  const host = { host: editor, renderPause: (p: typeof card) => void (card = p) } as unknown as BadgeHost;
  const deps = {
    settings: () => settings,
    recordSendOutcome: (r: SendOutcomeReport) => void shared.outcomes.push(r),
    onSent: (m: SentMessage) => void shared.sent.push(m),
    logOnce: (key: string, err: unknown) => {
      throw new Error(`${key}: ${String(err)}`);
    },
  } as unknown as CoachDeps;
  const judgeNow = (): SendJudgement => {
    const audience = { kind: 'post' as const, mentions: [] };
    return { text, audience, verdict: classify({ text, network: 'facebook', composer: 'post' }) };
  };
  const pause: SendPause = createSendPause({ network: 'facebook', editor, deps, host: () => host, judgeNow, readText: () => text, timers });
  return { pause, editor, carets, card: () => card, text: () => text, type: (t: string) => (text = t) };
}

/** One send control for all `boxes` (an X thread's "Post all"): the site sends every box at once. */
function setup(settings: Settings = defaultSettings(), boxes = 1) {
  const shared = { sent: [] as SentMessage[], outcomes: [] as SendOutcomeReport[] };
  const composers = Array.from({ length: boxes }, () => composer(settings, shared));
  const siteSends: string[][] = [];
  let refusing = false;
  const control = {
    click() {
      const held = settleSend(composers.map((c) => c.pause.judge({ type: 'click', control: control as unknown as HTMLElement })));
      if (held) return;
      if (refusing) return; // the site's own check says no: nothing goes out, the text stays
      siteSends.push(composers.map((c) => c.text()));
      for (const c of composers) c.type('');
    },
  };
  const [first] = composers;
  return {
    ...first,
    composers,
    click: () => control.click(),
    refuse: (on: boolean) => void (refusing = on),
    /** What the site sent, one entry per send (one box: its text). */
    siteSends: () => (boxes === 1 ? siteSends.map(([t]) => t) : siteSends),
    sent: shared.sent,
    outcomes: shared.outcomes,
  };
}

/** Past the time a site has to show a send went out. */
const afterTheWindow = () => vi.advanceTimersByTime(SENT_WITHIN_MS + 500);
/** The site's handlers have run and the pause has looked at the box. */
const aMomentLater = () => vi.advanceTimersByTime(150);

describe('a composer’s pause', () => {
  test('where the card cannot be seen (its host detached), a flip is not held: the site sends', () => {
    const s = setup();
    s.editor.remove(); // the stand-in host is the editor's element
    s.type(PITCH);
    s.click();
    expect(s.siteSends()).toEqual([PITCH]);
    expect(s.card()).toBeNull();
  });

  test('a flip is held; Send anyway runs the site’s send once; once it went out, onSent fires once and one outcome', () => {
    const s = setup();
    s.type(PITCH);
    s.click();
    expect(s.siteSends()).toEqual([]);
    expect(s.card()?.verdict.level).toBe('flip');
    s.card()!.onSendAnyway();
    expect(s.siteSends()).toEqual([PITCH]);
    expect(s.card()).toBeNull();
    aMomentLater();
    expect(s.sent.map((m) => [m.text, m.network])).toEqual([[PITCH, 'facebook']]);
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['posted-anyway']);
    expect(s.outcomes[0].categories).toContain('promo-codes');
    expect(JSON.stringify(s.outcomes)).not.toContain('ANA20');
    afterTheWindow();
    expect(s.sent).toHaveLength(1);
    expect(s.outcomes).toHaveLength(1);
  });

  test('an ok draft passes at once; it counts as sent once the site empties the box, once per send', () => {
    const s = setup();
    s.type(WARM);
    s.click();
    expect(s.siteSends()).toEqual([WARM]);
    // At the click the site has not shown anything yet: nothing is counted.
    expect(s.sent).toEqual([]);
    aMomentLater();
    s.type(WARM);
    s.click();
    afterTheWindow();
    expect(s.sent.map((m) => m.text)).toEqual([WARM, WARM]);
    expect(s.outcomes).toEqual([]);
  });

  test('a send the site refuses (the box keeps its text) is counted nowhere: no fingerprint, no outcome', () => {
    const s = setup();
    s.refuse(true);
    s.type(WARM);
    s.click();
    s.click();
    afterTheWindow();
    expect(s.sent).toEqual([]);
    // Held, posted anyway, refused: the pause is not settled by a send that never happened.
    s.type(PITCH);
    s.click();
    s.card()!.onSendAnyway();
    afterTheWindow();
    expect(s.sent).toEqual([]);
    expect(s.outcomes).toEqual([]);
    // The site takes the user's own retry of the approved text: that one counts, once.
    s.refuse(false);
    s.click();
    afterTheWindow();
    expect(s.siteSends()).toEqual([PITCH]);
    expect(s.sent.map((m) => m.text)).toEqual([PITCH]);
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['posted-anyway']);
  });

  test('a box emptied by hand after the window is not a send; a composer that leaves the page within it is', () => {
    const s = setup();
    s.refuse(true);
    s.type(WARM);
    s.click();
    afterTheWindow();
    s.type('');
    s.pause.checked('', classify({ text: '', network: 'facebook' }));
    afterTheWindow();
    expect(s.sent).toEqual([]);
    s.type(WARM);
    s.click();
    s.pause.dispose('gone'); // the DM dialog closed after sending
    expect(s.sent.map((m) => m.text)).toEqual([WARM]);
  });

  test('two clicks on the send button, one message out: counted once', () => {
    const s = setup();
    s.refuse(true); // the first click's request is still on its way; the site ignores the second
    s.type(WARM);
    s.click();
    s.click();
    s.type(''); // then the site empties the box
    afterTheWindow();
    expect(s.sent).toHaveLength(1);
  });

  test('Edit, revise, send: revised, and the revised text is what goes out', () => {
    const s = setup();
    s.type(PITCH);
    s.click();
    s.card()!.onEdit();
    expect(s.card()).toBeNull();
    // Back where the caret was when the send was held.
    expect(s.carets).toEqual([[7, 9]]);
    s.type(WARM);
    s.click();
    expect(s.siteSends()).toEqual([WARM]);
    aMomentLater();
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['revised']);
  });

  test('the composer emptied after a pause: cancelled; a flip badge fixed before sending: fixed-before-send', () => {
    const s = setup();
    s.type(PITCH);
    s.click();
    s.pause.checked('', classify({ text: '', network: 'facebook' }));
    s.pause.checked(PITCH, classify({ text: PITCH, network: 'facebook' }));
    s.pause.checked(WARM, classify({ text: WARM, network: 'facebook' }));
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['cancelled', 'fixed-before-send']);
  });

  test('the pause turned off for the network: a flip goes out, nothing held', () => {
    const settings = { ...defaultSettings(), pauseNetworks: { ...defaultSettings().pauseNetworks, facebook: false } };
    const s = setup(settings);
    s.type(PITCH);
    s.click();
    expect(s.siteSends()).toEqual([PITCH]);
    expect(s.card()).toBeNull();
  });
});

// Review of issue 10: an X thread's two boxes, both flagged, sent by one "Post all". One send is one
// pause: one card, one "held" episode and so one outcome; "… anyway" lets the whole thread out at once.
describe('one send from two flagged boxes', () => {
  const OTHER = 'Also: 30% off everything with code FERN30, today only, link in bio!';

  test('one card, and Post anyway sends both boxes once, with one posted-anyway outcome', () => {
    const s = setup(defaultSettings(), 2);
    const [a, b] = s.composers;
    a.type(PITCH);
    b.type(OTHER);
    expect(classify({ text: OTHER, network: 'facebook', composer: 'post' }).level).toBe('flip');
    s.click();
    expect([a.card()?.verdict.level, b.card()]).toEqual(['flip', null]);
    s.click(); // clicked again while the card is open: still one card, still one pause
    expect(b.card()).toBeNull();
    a.card()!.onSendAnyway();
    expect(s.siteSends()).toEqual([[PITCH, OTHER]]);
    expect([a.card(), b.card()]).toEqual([null, null]);
    afterTheWindow();
    expect(s.sent.map((m) => m.text)).toEqual([PITCH, OTHER]);
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['posted-anyway']);
  });

  test('Edit, then the other box still flips: the next send is held again, on the same one card', () => {
    const s = setup(defaultSettings(), 2);
    const [a, b] = s.composers;
    a.type(PITCH);
    b.type(OTHER);
    s.click();
    a.card()!.onEdit();
    a.type(WARM);
    s.click();
    // The box sent along was never approved: it is judged afresh, and holds the send.
    expect(s.siteSends()).toEqual([]);
    expect([a.card(), b.card()?.verdict.level]).toEqual([null, 'flip']);
    b.card()!.onEdit();
    b.type('See you all on Sunday!');
    s.click();
    afterTheWindow();
    expect(s.siteSends()).toEqual([[WARM, 'See you all on Sunday!']]);
    expect(s.outcomes.map((o) => o.outcome).sort()).toEqual(['revised', 'revised']);
  });
});
