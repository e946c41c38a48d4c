import { defaultMatches } from '@/lib/networks';
import { startCoach } from './start-coach';

/**
 * The inline coach. Injected by the manifest into the default networks (matches come from the
 * registry, so manifest and code cannot drift) and, for sites the user opted in to, registered at
 * run time by lib/permissions with this same file (content-scripts/coach.js).
 */
export default defineContentScript({
  matches: [...defaultMatches],
  runAt: 'document_idle',
  main(ctx) {
    void startCoach(ctx);
  },
});
