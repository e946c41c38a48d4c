import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { optionalMatches } from './lib/networks';

// Preact has no WXT module; its Vite preset is enough (see ../shared/research/toolchain.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Tact',
    description:
      'Coaches you while you write so a social relationship does not turn into a market one, or the reverse. Works offline; nothing leaves your machine.',
    // storage: settings. scripting + contextMenus: opt-in sites (register the coach for a site the
    // user allowed; the "Use Tact on this site" menu). activeTab: the popup reads the current tab's
    // address for its site switch, instead of the broad `tabs` permission.
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab'],
    // Asked for one site at a time, only when the user turns Tact on there.
    optional_host_permissions: [...optionalMatches],
    browser_specific_settings: {
      gecko: {
        id: 'tact@tact.local',
        // Firefox asks every add-on to declare what it collects: nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // MV2 (Firefox) has no optional_host_permissions: the same patterns go in optional_permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.manifest_version === 2) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...optionalMatches,
        ] as typeof manifest.optional_permissions;
      }
    },
  },
});
