import type { NetworkDef } from './types';

// Friends by mutual consent; Messenger shares the same social graph, so it is one network here.
export const facebook: NetworkDef = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*', 'https://www.messenger.com/*'],
  optIn: false,
  model: 'permission',
  defaultNorm: 'social',
  testUrls: ['https://www.facebook.com/', 'https://web.facebook.com/groups/123', 'https://www.messenger.com/t/100012345'],
};
