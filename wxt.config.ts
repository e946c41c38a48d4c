import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defaultMatches, optionalMatches } from './lib/networks';
import { iconManifest, iconPath, renderIcons } from './scripts/icons/render-icons';
import { firstChunkOf } from './scripts/build/popup-first-chunk';
import { inlinePageStyles } from './scripts/build/inline-page-styles';

const popupPage = (file: string) => resolve(import.meta.dirname, 'entrypoints/popup', file);

// Preact has no WXT module; its Vite preset is enough (see ../shared/research/toolchain.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact(), inlinePageStyles()],
    build: {
      // Pages preload their own chunks from the HTML (no polyfill: Chromium and Firefox have modulepreload), but
      // a dynamic import preloads nothing: in the popup's first script, resolving and inserting a <link> per chunk
      // of the notebook code cost ~25 ms of main thread in Chromium before the first paint; the browser asks for
      // those chunks itself once the notebook code's first file arrives.
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
      // What the popup's first paint runs is one file (scripts/build/popup-first-chunk.ts).
      rolldownOptions: {
        output: { codeSplitting: { groups: [firstChunkOf(popupPage('index.html'), popupPage('main.ts'), 'popup-start')] } },
      },
    },
  }),
  manifest: {
    // Localised from locales/<lang>.yml (README, Languages); the browser picks by its UI language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: iconManifest,
    // storage: settings. scripting + contextMenus: opt-in sites (register the coach for a site the
    // user allowed; the "Use Tact on this site" menu). activeTab: the popup reads the current tab's
    // address for its site switch, instead of the broad `tabs` permission.
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab'],
    // The built-in networks' hosts, the same the coach's content script already runs on (so no new install
    // warning): without them an update could not start the coach again in tabs already open (scripting).
    host_permissions: [...defaultMatches],
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
  zip: {
    // The store zips hold the built extension only; the sources zip holds what AMO's reviewers
    // need to rebuild it, not the test suite, the training corpora or the benchmarks.
    exclude: ['**/*.map'],
    excludeSources: ['test/**', 'bench/**', 'data/corpora/**', 'docs/**', 'stats.html', '**/*.log'],
  },
  hooks: {
    // MV2 (Firefox) has no optional_host_permissions: the same patterns go in optional_permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT builds the toolbar button (MV3 `action`, MV2 `browser_action`) from the popup and drops
      // a configured default_icon for MV2, so the icon is set here for both. Its title would be the popup
      // page's <title>, in English only: the localised message is named here instead.
      const button = manifest.action ?? manifest.browser_action;
      if (button) Object.assign(button, { default_icon: iconManifest, default_title: '__MSG_actionTitle__' });
      if (manifest.manifest_version === 2) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...optionalMatches,
        ] as typeof manifest.optional_permissions;
      }
    },
    // The PNG icons are rendered from assets/icon.svg at every build, never committed.
    'build:publicAssets': (wxt, files) => {
      const rendered = renderIcons(resolve(wxt.config.root, 'assets/icon.svg'), resolve(wxt.config.wxtDir, 'icons'));
      for (const { size, file } of rendered) files.push({ absoluteSrc: file, relativeDest: iconPath(size) });
    },
  },
});
