import type { NetworkDef } from './types';

// Communities with strict self-promotion rules: judged as social, where selling is the flip.
export const reddit: NetworkDef = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  optIn: false,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://www.reddit.com/r/AskReddit/', 'https://old.reddit.com/r/Frugal/comments/abc/title/'],
};
