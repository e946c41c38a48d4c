import type { NetworkDef } from './types';

// Comment sections: strangers talking about a video, where plugging your own channel or shop is spam.
export const youtube: NetworkDef = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  optIn: false,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://m.youtube.com/@someone'],
};
