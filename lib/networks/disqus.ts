import type { NetworkDef } from './types';

// Comment threads embedded in other sites, in a frame served from disqus.com.
export const disqus: NetworkDef = {
  id: 'disqus',
  name: 'Disqus',
  matches: ['https://disqus.com/*'],
  optIn: true,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://disqus.com/embed/comments/?base=default'],
};
