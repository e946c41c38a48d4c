// Reads the person a profile page shows: name, handle, headline. Pure apart from reading the given
// Document (no globals), so tests pass a parsed fixture. Selectors per network, newest layout first.
import type { PageProfile } from '../messaging/protocol';
import { profileFromUrl } from './profile-url';

interface ProfileSelectors {
  name: string[];
  headline: string[];
}

const selectors: Record<string, ProfileSelectors> = {
  // LinkedIn /in/<slug>/ (2024–2026 layouts): the top card's h1 and the headline under it.
  linkedin: { name: ['main h1', 'h1'], headline: ['.text-body-medium.break-words', '[data-generated-suggestion-target] + div'] },
  // X profile header: display name block, then the bio.
  x: { name: ['[data-testid="UserName"] span', '[data-testid="UserProfileHeader_Items"] ~ div span'], headline: ['[data-testid="UserDescription"]'] },
  // Bluesky /profile/<handle>.
  bluesky: { name: ['[data-testid="profileHeaderDisplayName"]'], headline: ['[data-testid="profileHeaderDescription"]'] },
  // Instagram /<user>/: the header's section h2/h1 and the bio span.
  instagram: { name: ['header section span[dir="auto"]', 'header h2', 'header h1'], headline: ['header section h1', 'header section > div span'] },
  // Mastodon /@user: account header display name and bio.
  mastodon: { name: ['.account__header__tabs__name h1 span', '.account__header h1 span', 'h1'], headline: ['.account__header__content', '.account__header .note'] },
  // Facebook /<vanity> or profile.php?id=: the only h1 in main is the person's name.
  facebook: { name: ['[role="main"] h1', 'h1'], headline: [] },
  threads: { name: ['h1', 'h2'], headline: [] },
  reddit: { name: ['h1', 'h2'], headline: [] },
};

function firstText(doc: Document, list: string[], max: number): string {
  for (const sel of list) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue; // a selector this DOM implementation cannot parse: try the next one
    }
    const text = el?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, max);
  }
  return '';
}

/** The profile shown on this page, or null when the page is not a person's profile Tact can read. */
export function readProfile(doc: Document, url: URL): PageProfile | null {
  const ref = profileFromUrl(url);
  if (!ref) return null;
  const sel = selectors[ref.network];
  if (!sel) return null;
  // Mastodon advertises the account in a meta tag on every /@user page; trust it over the path.
  const metaUser = ref.network === 'mastodon' ? doc.querySelector('meta[property="profile:username"]')?.getAttribute('content') : null;
  const handle = metaUser ? (metaUser.includes('@') ? metaUser : `${metaUser}@${url.hostname}`) : ref.handle;
  const name = firstText(doc, sel.name, 300) || handle;
  const headline = firstText(doc, sel.headline, 500);
  return { network: ref.network, handle, name, ...(headline ? { headline } : {}), profileUrl: ref.profileUrl };
}
