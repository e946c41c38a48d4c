import type { NetworkDef } from './types';

// Any server can run Mastodon, so it is opt-in per site. The hosts below are the big instances a
// user is likely to allow; elsewhere the page itself says it is Mastodon (see the composer adapter).
const instances = [
  'mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'fosstodon.org',
  'hachyderm.io', 'infosec.exchange', 'mastodon.world', 'techhub.social', 'universeodon.com',
];

export const mastodon: NetworkDef = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: instances.map((host) => `https://${host}/*`),
  optIn: true,
  model: 'viral',
  defaultNorm: 'hybrid',
  testUrls: ['https://mastodon.social/@Gargron', 'https://hachyderm.io/home'],
};
