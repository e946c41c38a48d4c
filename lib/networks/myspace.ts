import type { NetworkDef } from './types';

// Still online, mostly for music; opt-in since few users need it.
export const myspace: NetworkDef = {
  id: 'myspace',
  name: 'MySpace',
  matches: ['https://myspace.com/*', 'https://www.myspace.com/*'],
  optIn: true,
  model: 'permission',
  defaultNorm: 'social',
  testUrls: ['https://myspace.com/someone'],
};
