import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coachEnabled, defaultSettings, normalizeSettings, pauseEnabled, SETTINGS_KEY } from '@/lib/settings/schema';
import {
  loadSettings,
  muteRule,
  pauseSite,
  resetSettings,
  setNetworkEnabled,
  updateSettings,
  watchSettings,
} from '@/runtime/settings-storage';
import { networks } from '@/lib/networks';

beforeEach(() => fakeBrowser.reset());

describe('settings defaults', () => {
  test('every network on, nothing muted, paused or allowed, balanced sensitivity, no draft text kept', () => {
    const d = defaultSettings();
    expect(Object.keys(d.networks).sort()).toEqual(networks.map((n) => n.id).sort());
    expect(Object.values(d.networks).every(Boolean)).toBe(true);
    expect(d).toMatchObject({
      sensitivity: 0.5,
      mutedRules: [],
      pausedSites: [],
      allowedSites: [],
      highlights: true,
      keepDraftText: false,
    });
  });

  test.each([
    ['nothing stored', undefined],
    ['a string', 'oops'],
    ['wrong types everywhere', { networks: 'x', sensitivity: 'high', mutedRules: [1, null], highlights: 'yes' }],
  ])('%s: falls back to defaults', (_name, raw) => {
    expect(normalizeSettings(raw)).toEqual(defaultSettings());
  });

  test('keeps valid values, clamps sensitivity, drops unknown networks and duplicate rules', () => {
    const s = normalizeSettings({
      networks: { x: false, nope: false },
      sensitivity: 3,
      mutedRules: ['a', 'a', 'b'],
      pausedSites: ['https://x.com'],
    });
    expect(s.networks.x).toBe(false);
    expect('nope' in s.networks).toBe(false);
    expect(s.sensitivity).toBe(1);
    expect(s.mutedRules).toEqual(['a', 'b']);
    expect(coachEnabled(s, 'x', 'https://bsky.app')).toBe(false);
    expect(coachEnabled(s, 'bluesky', 'https://x.com')).toBe(false);
    expect(coachEnabled(s, 'bluesky', 'https://bsky.app')).toBe(true);
  });
});

describe('pause before a flip is sent (issue 10)', () => {
  test('on by default, for every network', () => {
    const d = defaultSettings();
    expect(networks.every((n) => pauseEnabled(d, n.id))).toBe(true);
  });

  test('the global switch turns it off everywhere; a network switch only there', () => {
    const off = normalizeSettings({ pauseBeforeSend: false });
    expect(pauseEnabled(off, 'facebook')).toBe(false);
    const xOff = normalizeSettings({ pauseNetworks: { x: false, nope: false } });
    expect(pauseEnabled(xOff, 'x')).toBe(false);
    expect(pauseEnabled(xOff, 'facebook')).toBe(true);
    expect('nope' in xOff.pauseNetworks).toBe(false);
  });

  test('bad stored values fall back to the pause being on', () => {
    const s = normalizeSettings({ pauseBeforeSend: 'no', pauseNetworks: { x: 'off' } });
    expect(pauseEnabled(s, 'x')).toBe(true);
  });
});

describe('settings storage', () => {
  test('changes persist in storage.local and reach watchers in other pages', async () => {
    const seen: string[][] = [];
    const stop = watchSettings((s) => seen.push(s.mutedRules));
    await muteRule('selling.price-to-friend');
    await pauseSite('https://www.linkedin.com');
    await setNetworkEnabled('reddit', false);
    stop();
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ mutedRules: ['selling.price-to-friend'], pausedSites: ['https://www.linkedin.com'] });
    expect((await loadSettings()).networks.reddit).toBe(false);
    expect(seen.at(-1)).toEqual(['selling.price-to-friend']);
    await muteRule('selling.price-to-friend', false);
    expect((await loadSettings()).mutedRules).toEqual([]);
  });

  test('reset restores defaults but keeps the allowed sites, which mirror browser grants', async () => {
    await updateSettings((s) => ({ ...s, sensitivity: 0.9, allowedSites: ['https://forum.example.org'], mutedRules: ['a.b'] }));
    const after = await resetSettings();
    expect(after).toEqual({ ...defaultSettings(), allowedSites: ['https://forum.example.org'] });
  });
});
