import type { NetworkDef } from './types';

// Blog comments: a conversation with the author and readers, where a sales pitch is spam.
// Self-hosted blogs are recognised from the generator tag once the user allows the site.
export const wordpress: NetworkDef = {
  id: 'wordpress',
  name: 'WordPress blog',
  matches: ['https://*.wordpress.com/*'],
  optIn: true,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://someone.wordpress.com/2026/01/01/hello/'],
};
