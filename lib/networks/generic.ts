import type { NetworkDef } from './types';

// Any other site the user allowed: we cannot know the audience, so both norms apply.
export const generic: NetworkDef = {
  id: 'generic',
  name: 'Other site',
  matches: [],
  optIn: true,
  model: 'community',
  defaultNorm: 'hybrid',
  testUrls: ['https://example.org/blog/post', 'https://news.ycombinator.com/item?id=1'],
};
