import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { parseHTML } from 'linkedom';
import { CoachBadge, type CoachBadgeProps } from '@/components/coach/CoachBadge';
import { classify } from '@/lib/classifier';

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

function props(over: Partial<CoachBadgeProps> = {}): CoachBadgeProps {
  return {
    verdict,
    open: true,
    dismissed: false,
    contact: null,
    canAdd: false,
    addState: 'idle',
    below: false,
    onToggle: vi.fn(),
    onDismiss: vi.fn(),
    onMute: vi.fn(),
    onPause: vi.fn(),
    onOpenContact: vi.fn(),
    onAddContact: vi.fn(),
    ...over,
  };
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('coach card', () => {
  test('lists every finding with its note and suggestion, and says which norm applied and why', () => {
    expect(verdict.level).toBe('flip');
    render(<CoachBadge {...props({ sharedWith: 'Friends' })} />, root);
    const items = [...root.querySelectorAll('.tact-card li[data-rule-id]')];
    expect(items.map((li) => li.getAttribute('data-rule-id'))).toEqual(verdict.findings.map((f) => f.ruleId));
    expect(items[0].querySelector('.tact-note')?.textContent).toBe(verdict.findings[0].note);
    expect(root.querySelector('.tact-norm')?.textContent).toBe(`${verdict.norm.reason} (shared with: Friends)`);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      new RegExp(`flip the relationship.*${verdict.findings.length} findings`),
    );
    expect(root.querySelector('.tact-badge')?.getAttribute('aria-label')).toMatch(/\(flip\)$/);
  });

  test('each action calls back with what it acts on', () => {
    const p = props();
    render(<CoachBadge {...p} />, root);
    root.querySelector('li[data-rule-id] .tact-mute')!.dispatchEvent(new (doc.defaultView as any).Event('click'));
    expect(p.onMute).toHaveBeenCalledWith(verdict.findings[0].ruleId);
    for (const [name, fn] of [
      ['Dismiss', p.onDismiss],
      ['Pause on this site', p.onPause],
    ] as const) {
      button(name).dispatchEvent(new (doc.defaultView as any).Event('click'));
      expect(fn).toHaveBeenCalledOnce();
    }
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
