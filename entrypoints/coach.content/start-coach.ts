import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForPage } from '@/lib/composers';
import { addFromPage, findContact, openContact, recordCoaching } from '@/runtime/notebook-client';
import { coachEnabled, type Settings } from '@/lib/settings/schema';
import { recentOutreach, recordOutreach } from '@/runtime/send-client';
import { loadSettings, muteRule, pauseSite, watchSettings } from '@/runtime/settings-storage';
import type { CoachDeps } from './coach-deps';
import { cachedResolver } from './contact-cache';
import { createOutreachCache } from './outreach-cache';
import { watchComposers, type ComposerWatcher } from './watch-composers';

const logged = new Set<string>();
function logOnce(key: string, err: unknown): void {
  if (logged.has(key)) return;
  logged.add(key);
  console.debug(`[Tact] ${key}: coaching paused here`, err);
}

/**
 * Content-script entry: pick the page's adapter, then run the watcher while the user wants the
 * coach here (network on, site not paused), reacting to settings changed in any other page.
 */
export async function startCoach(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterForPage(document, new URL(location.href));
  let settings: Settings = await loadSettings();
  if (!ctx.isValid) return;
  const contacts = cachedResolver((q) => findContact(q));
  const outreach = createOutreachCache(recentOutreach, logOnce);
  const deps: CoachDeps = {
    settings: () => settings,
    resolveContact: contacts,
    recordCoaching,
    addContact: async (profile) => {
      const r = await addFromPage(profile);
      contacts.clear();
      return r;
    },
    openContact,
    muteRule: (ruleId) => muteRule(ruleId),
    pauseSite: () => pauseSite(location.origin),
    outreach,
    recordOutreach,
    logOnce,
  };

  let watcher: ComposerWatcher | null = null;
  const apply = () => {
    const on = coachEnabled(settings, adapter.network, location.origin);
    if (on && !watcher) watcher = watchComposers(ctx, adapter, deps);
    else if (!on && watcher) {
      watcher.stop();
      watcher = null;
    } else watcher?.recheckAll();
  };
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      apply();
    }),
  );
  apply();
  // Fetched once per page; drafts typed before it arrives are checked again when it does.
  void outreach.refresh().then(() => ctx.isValid && watcher?.recheckAll());
}
