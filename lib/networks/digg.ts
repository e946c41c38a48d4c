import type { NetworkDef } from './types';

// Relaunched as a community site; the essays knew it for link sharing.
export const digg: NetworkDef = {
  id: 'digg',
  name: 'Digg',
  matches: ['https://digg.com/*', 'https://www.digg.com/*'],
  optIn: true,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://digg.com/technology'],
};
