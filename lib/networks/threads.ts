import type { NetworkDef } from './types';

// Meta moved Threads from threads.net to threads.com in 2025; both still serve the app.
export const threads: NetworkDef = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.net/*', 'https://www.threads.com/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'social',
  testUrls: ['https://www.threads.net/@someone', 'https://www.threads.com/@someone/post/abc'],
};
