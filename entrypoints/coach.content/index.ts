import { defaultMatches } from '@/lib/networks';
import { claimPage } from './claim-page';
import { listenForProfileRead } from './listen-profile-read';
import { startCoach } from './start-coach';

/**
 * The inline coach. Injected by the manifest into the default networks (matches come from the
 * registry, so manifest and code cannot drift) and, for sites the user opted in to, registered at
 * run time by runtime/site-scripts.ts with this same file (content-scripts/coach.js).
 */
export default defineContentScript({
  matches: [...defaultMatches],
  runAt: 'document_idle',
  main(ctx) {
    // One coach per page, however often the script is injected (claim-page.ts).
    if (!claimPage(document, ctx)) return;
    // The popup's "Add from this page" asks the top frame who this profile is .
    if (window === window.top) ctx.onInvalidated(listenForProfileRead());
    void startCoach(ctx);
  },
});
