import { describe, expect, test } from 'vitest';
import type { BadgeHost } from '@/entrypoints/coach.content/badge-host';
import type { CoachDeps, SentMessage } from '@/entrypoints/coach.content/coach-deps';
import type { SendJudgement } from '@/entrypoints/coach.content/judge-send';
import { createSendPause, type SendPause } from '@/entrypoints/coach.content/send-pause';
import type { SendPauseCardProps } from '@/components/coach/SendPauseCard';
import { classify } from '@/lib/classifier';
import type { SendOutcomeReport } from '@/lib/messaging/protocol';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { domFrom } from './coach-dom';

// One composer's pause with the real classifier, a stand-in badge host and a stand-in send control
// whose click() re-enters the pause the way the page's capture listener does.

const PITCH = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';
const WARM = 'Lunch on Sunday? Mum is making paella and the kids miss you.';

function setup(settings: Settings = defaultSettings()) {
  let text = '';
  let card: Omit<SendPauseCardProps, 'below'> | null = null;
  const siteSends: string[] = [];
  const sent: SentMessage[] = [];
  const outcomes: SendOutcomeReport[] = [];
  const editor = domFrom('<textarea></textarea>', 'https://www.facebook.com/').querySelector('textarea')!;
  // linkedom has no selection API on fields: the caret is played by these two stand-ins.
  const carets: number[][] = [];
  Object.assign(editor, { selectionStart: 7, selectionEnd: 9, setSelectionRange: (a: number, b: number) => carets.push([a, b]) });
  const host = { host: editor, renderPause: (p: typeof card) => void (card = p) } as unknown as BadgeHost;
  const deps = {
    settings: () => settings,
    recordSendOutcome: (r: SendOutcomeReport) => void outcomes.push(r),
    onSent: (s: SentMessage) => void sent.push(s),
    logOnce: (key: string, err: unknown) => {
      throw new Error(`${key}: ${String(err)}`);
    },
  } as unknown as CoachDeps;
  const judgeNow = (): SendJudgement => {
    const audience = { kind: 'post' as const, mentions: [] };
    return { text, audience, verdict: classify({ text, network: 'facebook', composer: 'post' }) };
  };
  const pause: SendPause = createSendPause({ network: 'facebook', editor, deps, host: () => host, judgeNow });
  // The page: a click goes through the pause first; the site's handler runs only if not held.
  const control = {
    click() {
      const call = pause.judge({ type: 'click', control: control as unknown as HTMLElement });
      call.commit();
      if (!call.hold) siteSends.push(text);
    },
  };
  return {
    type: (t: string) => (text = t),
    click: () => control.click(),
    card: () => card,
    editor,
    pause,
    carets,
    siteSends,
    sent,
    outcomes,
  };
}

describe('a composer’s pause', () => {
  test('where the card cannot be seen (its host detached), a flip is not held: the site sends', () => {
    const s = setup();
    s.editor.remove(); // the stand-in host is the editor's element
    s.type(PITCH);
    s.click();
    expect(s.siteSends).toEqual([PITCH]);
    expect(s.card()).toBeNull();
  });

  test('a flip is held; Send anyway runs the site’s send once, onSent fires once, one outcome', () => {
    const s = setup();
    s.type(PITCH);
    s.click();
    expect(s.siteSends).toEqual([]);
    expect(s.sent).toEqual([]);
    expect(s.card()?.verdict.level).toBe('flip');
    s.card()!.onSendAnyway();
    expect(s.siteSends).toEqual([PITCH]);
    expect(s.sent.map((m) => [m.text, m.network])).toEqual([[PITCH, 'facebook']]);
    expect(s.outcomes.map((o) => o.outcome)).toEqual(['posted-anyway']);
    expect(s.outcomes[0].categories).toContain('promo-codes');
    expect(JSON.stringify(s.outcomes)).not.toContain('ANA20');
    expect(s.card()).toBeNull();
  });

  test('an ok draft passes at once and onSent fires once per send', () => {
    const s = setup();
    s.type(WARM);
    s.click();
    s.click();
    expect(s.siteSends).toEqual([WARM, WARM]);
    expect(s.sent).toHaveLength(2);
    expect(s.outcomes).toEqual([]);
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
    expect(s.siteSends).toEqual([WARM]);
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
    expect(s.siteSends).toEqual([PITCH]);
    expect(s.card()).toBeNull();
  });
});
