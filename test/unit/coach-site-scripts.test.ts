import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSiteScripts } from '@/runtime/site-scripts';
import { COACH_SCRIPT } from '@/lib/permissions/site-origin';
import { loadSettings } from '@/runtime/settings-storage';

// A small model of the browser's state: granted host patterns and registered content scripts.
let granted: string[];
let registered: Map<string, { matches: string[]; js: string[]; persistAcrossSessions?: boolean }>;
let rejectPersist: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  registered = new Map();
  rejectPersist = false;
  Object.assign(fakeBrowser.permissions, { getAll: async () => ({ origins: [...granted], permissions: [] }) });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [...registered.keys()].map((id) => ({ id })),
    registerContentScripts: async (scripts: Array<{ id: string; matches: string[]; js: string[]; persistAcrossSessions?: boolean }>) => {
      if (rejectPersist && scripts.some((s) => 'persistAcrossSessions' in s)) throw new Error('persistAcrossSessions is not supported');
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
  });
});

describe('opt-in sites follow the browser grants', () => {
  test('a granted site gets the coach script, persisted; default networks and wildcards do not', async () => {
    granted = ['https://www.linkedin.com/*', 'https://*/*', 'https://forum.example.org/*'];
    expect(await syncSiteScripts()).toEqual(['https://forum.example.org']);
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ matches: ['https://forum.example.org/*'], js: [COACH_SCRIPT], persistAcrossSessions: true }),
    ]);
    expect((await loadSettings()).allowedSites).toEqual(['https://forum.example.org']);
  });

  test('a revoked site loses its script and leaves the settings list', async () => {
    granted = ['https://forum.example.org/*', 'https://mastodon.social/*'];
    await syncSiteScripts();
    granted = ['https://mastodon.social/*'];
    await syncSiteScripts();
    expect([...registered.keys()]).toEqual(['tact-site:https://mastodon.social']);
    expect((await loadSettings()).allowedSites).toEqual(['https://mastodon.social']);
  });

  test('overlapping syncs (grant event + popup) never register a site twice', async () => {
    granted = ['https://forum.example.org/*'];
    await expect(Promise.all([syncSiteScripts(), syncSiteScripts(), syncSiteScripts()])).resolves.toHaveLength(3);
    expect(registered.size).toBe(1);
  });

  test('a browser that cannot persist registrations still gets the script (re-synced at each start)', async () => {
    rejectPersist = true;
    granted = ['https://forum.example.org/*'];
    await syncSiteScripts();
    expect(registered.get('tact-site:https://forum.example.org')).toMatchObject({ matches: ['https://forum.example.org/*'] });
  });
});
