import type { NetworkDef } from './types';

// Discourse forums live on their own domains; the hosted ones share these suffixes. Others are
// recognised from the page's generator tag once the user allows the site.
export const discourse: NetworkDef = {
  id: 'discourse',
  name: 'Discourse forum',
  matches: ['https://meta.discourse.org/*', 'https://*.discourse.group/*', 'https://*.trydiscourse.com/*'],
  optIn: true,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://meta.discourse.org/t/some-topic/123', 'https://acme.discourse.group/latest'],
};
