import type { NetworkDef } from './types';

// The in-company network the seed essays name as viral: colleagues, so market norms.
export const yammer: NetworkDef = {
  id: 'yammer',
  name: 'Viva Engage (Yammer)',
  matches: ['https://www.yammer.com/*', 'https://web.yammer.com/*', 'https://engage.cloud.microsoft/*'],
  optIn: true,
  model: 'viral',
  defaultNorm: 'market',
  testUrls: ['https://www.yammer.com/contoso.com/', 'https://engage.cloud.microsoft/main/feed'],
};
