import type { NetworkDef } from './types';

// Follow without consent, but the audience treats it as a friends-and-family feed.
export const instagram: NetworkDef = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'social',
  testUrls: ['https://www.instagram.com/p/C0abc/', 'https://www.instagram.com/direct/t/1234/'],
};
