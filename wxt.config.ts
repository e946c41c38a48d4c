import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Preact has no WXT module; its Vite preset is enough (see ../shared/research/toolchain.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Tact',
    description:
      'Coaches you while you write so a social relationship does not turn into a market one, or the reverse. Works offline; nothing leaves your machine.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'tact@tact.local',
        // @ts-expect-error newer Firefox key not yet in WXT's manifest types
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
