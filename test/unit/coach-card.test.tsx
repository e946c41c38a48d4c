import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { parseHTML } from 'linkedom';
import { CoachBadge, type CoachBadgeProps } from '@/components/coach/CoachBadge';
import { classify } from '@/lib/classifier';
import { groupFindings } from '@/lib/coach/group-findings';

// The card as a user meets it, rendered into a DOM: what it says and what each button does.
let doc: Document;
let root: HTMLElement;
beforeEach(() => {
  doc = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>').document as unknown as Document;
  vi.stubGlobal('document', doc);
  root = doc.getElementById('root')!;
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

const verdict = classify({
  text: 'Use my promo code ANA20 for 20% off at my new shop this weekend only!',
  network: 'facebook',
  composer: 'post',
});

const groups = groupFindings(verdict.findings);

function props(over: Partial<CoachBadgeProps> = {}): CoachBadgeProps {
  return {
    verdict,
    groups,
    audienceLine: 'Your friends will read this.',
    openKey: null,
    notice: null,
    open: true,
    dismissed: false,
    contact: null,
    canAdd: false,
    addState: 'idle',
    below: false,
    onToggle: vi.fn(),
    onClose: vi.fn(),
    onDismiss: vi.fn(),
    onMute: vi.fn(),
    onUndoMute: vi.fn(),
    onPause: vi.fn(),
    onConfirmPause: vi.fn(),
    onCancelPause: vi.fn(),
    onOpenContact: vi.fn(),
    onAddContact: vi.fn(),
    ...over,
  };
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('coach card', () => {
  test('lists one entry per thing to change, leads with what to change, and counts groups on the badge', () => {
    expect(verdict.level).toBe('flip');
    // A code and its discount are two findings of one concern.
    expect(verdict.findings.length).toBeGreaterThan(groups.length);
    render(<CoachBadge {...props()} />, root);
    const items = [...root.querySelectorAll('.tact-card li[data-group]')];
    expect(items.map((li) => li.getAttribute('data-group'))).toEqual(groups.map((g) => g.key));
    expect(items[0].querySelector('.tact-note')?.textContent).toBe(groups[0].note);
    expect(root.querySelector('.tact-lead')?.textContent).toMatch(/^Take out the discount code/);
    // The level's symbol, then the number of things to change (not of raw findings).
    expect(root.querySelector('.tact-badge')?.textContent).toBe(`!${groups.length}`);
    expect(root.querySelector('.tact-norm')?.textContent).toBe('Your friends will read this.');
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toMatch(new RegExp(`flip the relationship.*${groups.length} thing`));
    expect(root.querySelector('.tact-badge')?.getAttribute('aria-label')).toMatch(/\(flip\)$/);
  });

  test('each action calls back with what it acts on', () => {
    const p = props();
    render(<CoachBadge {...p} />, root);
    const mute = root.querySelector('li[data-group] .tact-mute')!;
    expect(mute.textContent).toBe('Stop flagging discount codes and deals');
    mute.dispatchEvent(new (doc.defaultView as any).Event('click'));
    expect(p.onMute).toHaveBeenCalledWith('promo-codes', 'discount codes and deals');
    for (const [name, fn] of [
      ['Dismiss', p.onDismiss],
      ['Pause on this site', p.onPause],
      ['×', p.onClose],
    ] as const) {
      button(name).dispatchEvent(new (doc.defaultView as any).Event('click'));
      expect(fn).toHaveBeenCalledOnce();
    }
  });

  test('a mute and a pause are confirmed in place, each with a way back', () => {
    const p = props({ notice: { kind: 'muted', muteKey: 'promo-codes', label: 'discount codes and deals' } });
    render(<CoachBadge {...p} />, root);
    expect(root.querySelector('.tact-notice')?.textContent).toMatch(/no longer flags discount codes and deals.*Settings/);
    button('Undo').dispatchEvent(new (doc.defaultView as any).Event('click'));
    expect(p.onUndoMute).toHaveBeenCalledWith('promo-codes');

    const q = props({ notice: { kind: 'pause-confirm', site: 'www.facebook.com' } });
    render(<CoachBadge {...q} />, root);
    expect(root.querySelector('.tact-notice')?.textContent).toMatch(/www\.facebook\.com until you resume.*Paused sites/);
    button('Pause until I resume').dispatchEvent(new (doc.defaultView as any).Event('click'));
    expect(q.onConfirmPause).toHaveBeenCalledOnce();
  });

  test('a known contact shows their context and a link to the notebook; an unknown one can be added', () => {
    const contact = {
      id: 'c1',
      name: 'Lucía',
      relationship: 'social' as const,
      tags: ['family'],
      howWeMet: 'Cousin',
      latestNote: 'Moving in May',
      lastInteraction: null,
    };
    const p = props({ contact });
    render(<CoachBadge {...p} />, root);
    expect(root.querySelector('.tact-contact')?.textContent).toContain('Lucía: social · family');
    expect(root.querySelector('.tact-contact')?.textContent).toContain('Moving in May');
    button('Open in notebook').dispatchEvent(new (doc.defaultView as any).Event('click'));
    expect(p.onOpenContact).toHaveBeenCalledWith('c1');

    const q = props({ addresseeLabel: '@samlopez', canAdd: true });
    render(<CoachBadge {...q} />, root);
    expect(root.querySelector('.tact-contact')?.textContent).toContain('@samlopez is not in your notebook');
    button('Add to notebook').dispatchEvent(new (doc.defaultView as any).Event('click'));
    expect(q.onAddContact).toHaveBeenCalledOnce();
  });

  test('closed, the badge alone shows: no card', () => {
    render(<CoachBadge {...props({ open: false })} />, root);
    expect(root.querySelector('.tact-card')).toBeNull();
    expect(root.querySelector('.tact-badge')?.getAttribute('aria-expanded')).toBe('false');
  });
});
