import { defineConfig } from 'vitest/config';
import { AlphabeticalSequencer } from './test/e2e/harness/alphabetical-sequencer.ts';

// Real Chromium, one file at a time: two browsers on 2 cores would make the timing checks noisy.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Alphabetical, so the suite-wide network check (zz-…) runs after every other file.
    sequence: { sequencer: AlphabeticalSequencer },
  },
});
