import type { NetworkDef } from './types';

// Connections by consent, for work: the one big network where prices and offers are expected.
export const linkedin: NetworkDef = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  optIn: false,
  model: 'permission',
  defaultNorm: 'market',
  testUrls: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/messaging/thread/2-abc/', 'https://www.linkedin.com/in/someone/'],
};
