import type { NetworkDef } from './types';

// Follow-based like X, so the same mixed audience.
export const bluesky: NetworkDef = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'hybrid',
  testUrls: ['https://bsky.app/', 'https://bsky.app/profile/someone.bsky.social'],
};
