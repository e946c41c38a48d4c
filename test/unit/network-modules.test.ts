import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { adapterForPage, adapters } from '@/lib/composers';
import { networks, networkForUrl, type NetworkDef, type NetworkId } from '@/lib/networks';
import { profileFromUrl, profileUrlFor } from '@/lib/profile/profile-url';
import { siteRoutes } from '../e2e/harness/site-routes';
import { domFrom } from './coach-dom';

// One module per network (issue 8): these tables run over the registry itself, so a network that is
// missing a direction, a fixture or its registry line fails here rather than drifting.

const isNetworkDef = (v: unknown): v is NetworkDef =>
  typeof v === 'object' && v !== null && typeof (v as NetworkDef).id === 'string' && Array.isArray((v as NetworkDef).matches);

describe('network modules', () => {
  test('every NetworkDef exported by a module in lib/networks/ is the one in the list', () => {
    const modules = import.meta.glob<Record<string, unknown>>('../../lib/networks/*.ts', { eager: true });
    const exported = Object.entries(modules).flatMap(([path, mod]) =>
      Object.values(mod)
        .filter(isNetworkDef)
        .map((def) => [path, def] as const),
    );
    expect(exported.length).toBeGreaterThanOrEqual(networks.length);
    for (const [path, def] of exported) expect(networks, path).toContain(def);
    expect(new Set(networks.map((n) => n.id)).size).toBe(networks.length);
  });

  // A handle of each network's own syntax; Mastodon's carries its instance.
  const handles: Partial<Record<NetworkId, string>> = {
    linkedin: 'ana-garcia',
    x: 'sam_lopez',
    instagram: 'lucia.perez',
    threads: 'lucia.perez',
    bluesky: 'lucia.bsky.social',
    reddit: 'sam_lopez',
    youtube: 'samlopez',
    mastodon: 'sam@hachyderm.io',
  };
  const withUrls = networks.filter((n) => n.profile?.urlForHandle).map((n) => [n.id, n] as const);

  test('the networks that make profile URLs from handles', () => {
    expect(withUrls.map(([id]) => id).sort()).toEqual(Object.keys(handles).sort());
  });

  test.each(withUrls)('%s: handle → profile URL → the same handle', (id) => {
    const handle = handles[id]!;
    const url = profileUrlFor(id, handle, 'https://mastodon.social')!;
    expect(profileFromUrl(url)).toEqual({ network: id, handle, profileUrl: url });
    expect(profileUrlFor(id, `@${handle}`, 'https://mastodon.social')).toBe(url);
  });

  const withComposer = networks.filter((n) => n.composer).map((n) => [n.id, n] as const);

  test.each(withComposer)('%s: its adapter is registered and names it', (id, n) => {
    expect(adapters[id]).toBe(n.composer);
    expect(n.composer!.network).toBe(id);
    const url = new URL(n.testUrls[0]!);
    expect(adapterForPage(domFrom('', url.href), url)).toBe(n.composer);
  });

  test.each(withComposer)('%s: has a fixture page on one of its hosts', (id) => {
    const pages = siteRoutes.flatMap((r) => r.pages.map((p) => ({ dir: r.dir, ...p })));
    const own = pages.filter((p) => networkForUrl(p.example).id === id);
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) expect(existsSync(`test/fixtures/sites/${p.dir}/${p.file}`), `${p.dir}/${p.file}`).toBe(true);
  });
});
