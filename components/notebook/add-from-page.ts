import { findByHandle } from '@/lib/db/contacts';
import type { TactDb } from '@/lib/db/schema';
import type { PageProfile } from '@/lib/messaging/protocol';
import { getNetwork } from '@/lib/networks';
import type { Route } from './routes';

/** Known handle → open that person; otherwise a new-contact form filled from the page. */
export async function routeForPageProfile(db: TactDb, profile: PageProfile | null): Promise<Route | string> {
  if (!profile)
    return "No profile Tact can read on this page. Open a person's profile on LinkedIn, X, Bluesky, Instagram, Mastodon or Facebook, then try again.";
  const known = await findByHandle(db, profile);
  if (known) return { name: 'contact', id: known.id };
  const network = getNetwork(profile.network);
  return {
    name: 'new',
    note: `From ${network?.name ?? profile.network}: check the relationship before saving.`,
    prefill: {
      name: profile.name,
      handles: [{ network: profile.network, handle: profile.handle, profileUrl: profile.profileUrl }],
      // The network's usual norm is only a starting point; the form asks the user to confirm it.
      relationship: network?.defaultNorm ?? 'hybrid',
      ...(profile.headline ? { title: profile.headline } : {}),
    },
  };
}
