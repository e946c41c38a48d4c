import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LoadedModel } from '@/lib/classifier/model';
import { adapterForPage } from '@/lib/composers';
import { addFromPage, findContact, openContact, recordCoaching } from '@/runtime/notebook-client';
import { coachEnabled, type Settings } from '@/lib/settings/schema';
import { send } from '@/runtime/messaging';
import { recentOutreach, recordOutreach } from '@/runtime/send-client';
import { loadSettings, muteRule, pauseSite, watchSettings } from '@/runtime/settings-storage';
import type { CoachDeps } from './coach-deps';
import { cachedResolver } from './contact-cache';
import { loadModel } from './load-model';
import { createOutreachCache } from './outreach-cache';
import { recordSend } from './record-send';
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
  const modelArrives = loadModel(logOnce);
  let settings: Settings = await loadSettings();
  if (!ctx.isValid) return;
  const contacts = cachedResolver((q) => findContact(q));
  let model: LoadedModel | null = null;
  const outreach = createOutreachCache(recentOutreach, logOnce);
  const deps: CoachDeps = {
    settings: () => settings,
    model: () => model,
    resolveContact: contacts,
    recordCoaching,
    addContact: async (profile) => {
      const r = await addFromPage(profile);
      contacts.clear();
      return r;
    },
    openContact,
    muteRule: (key, muted = true) => muteRule(key, muted),
    pauseSite: () => pauseSite(location.origin),
    // A background that does not store outcomes, or is asleep, loses the report, never the send.
    recordSendOutcome: (report) => void send('send/outcome', report).catch((err) => logOnce('send-outcome', err)),
    onSent: (sent) => void recordSend(deps, sent),
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
  // Drafts judged before the model or the recent sends arrived are judged again when they do.
  void outreach.refresh().then(() => ctx.isValid && apply());
  model = await modelArrives;
  if (model && ctx.isValid) apply();
}
