import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { setUpLiveDom, until } from './helpers/live-dom';
import { ImpactView } from '@/components/impact/ImpactView';
import { addSendOutcome, type SendOutcome, type TactDb } from '@/lib/db';

// The Impact view reads through liveQuery: outcomes the background stores show up without a reload,
// and a rule posted anyway too often is named with a one-click mute.
let root: HTMLElement;
let db: TactDb;
const now = 1_800_000_000_000;
setUpLiveDom('impact', (dom) => ({ root, db } = dom));
vi.setConfig({ testTimeout: 60_000 });
const add = (o: Partial<SendOutcome>) =>
  addSendOutcome(db, { at: now - 1000, network: 'x', outcome: 'posted-anyway', ruleIds: ['cta.follow'], categories: ['cta'], ...o }, now);

test('outcomes recorded while the view is open appear, with the share beside X’s 34%', async () => {
  render(<ImpactView db={db} now={now} />, root);
  expect(await until(() => !!root.querySelector('.impact .empty'))).toBe(true);
  await add({ outcome: 'revised', network: 'facebook' });
  await add({ outcome: 'cancelled' });
  await add({ outcome: 'posted-anyway' });
  await add({ outcome: 'posted-anyway' });
  expect(await until(() => root.querySelector('.impact-total')?.getAttribute('data-paused') === '4')).toBe(true);
  expect(root.querySelector('.impact-total')!.getAttribute('data-revised-or-cancelled')).toBe('2');
  expect(root.querySelector('.impact-compare')!.textContent).toBe("You: 50% revised or cancelled. X's reply prompts (2021): 34%.");
  const byNetwork = root.querySelector('table[aria-label="By network"]')!;
  expect([...byNetwork.querySelectorAll('tbody tr')].map((t) => t.textContent)).toEqual([
    expect.stringMatching(/^X \(Twitter\)31 \(33%\)20$/),
    expect.stringMatching(/^Facebook.*11 \(100%\)00$/),
  ]);
  expect(root.querySelectorAll('svg.share-chart rect').length).toBeGreaterThan(0);
  expect(root.querySelector('.noisy-rules')).toBeNull();
});

test('a rule posted anyway 9 times in 10 is named with a mute button that mutes it', async () => {
  for (let i = 0; i < 9; i++) await add({ outcome: 'posted-anyway', ruleIds: ['cta.follow'], at: now - 1000 - i });
  await add({ outcome: 'revised', ruleIds: ['cta.follow'] });
  const muted: string[] = [];
  render(<ImpactView db={db} now={now} onMute={(id) => muted.push(id)} />, root);
  expect(await until(() => !!root.querySelector('.noisy-rules button'))).toBe(true);
  expect(root.querySelector('.noisy-rules li')!.textContent).toContain('posted anyway 9 of 10 times (90%)');
  (root.querySelector('.noisy-rules button') as HTMLButtonElement).click();
  expect(muted).toEqual(['cta.follow']);
  // Once muted (settings), the rule is no longer offered.
  render(<ImpactView db={db} now={now} mutedRules={['cta.follow']} onMute={() => {}} />, root);
  expect(await until(() => !root.querySelector('.noisy-rules'))).toBe(true);
});
