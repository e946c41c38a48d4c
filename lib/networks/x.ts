import type { NetworkDef } from './types';

// The essays' model of a viral, hybrid network: followers include friends and customers alike.
export const x: NetworkDef = {
  id: 'x',
  name: 'X (Twitter)',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*', 'https://mobile.x.com/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'hybrid',
  testUrls: ['https://x.com/home', 'https://twitter.com/someone/status/1', 'https://mobile.x.com/i/chat'],
};
