import type { TactDb } from '@/lib/db/schema';
import { muteRule } from '@/runtime/settings-storage';
import { useSettings } from '../settings/use-settings';
import { ImpactView } from './ImpactView';

/** The popup's Impact tab: the view, with the user's muted rules and one-click mute from settings storage. */
export function ImpactTab({ db, now }: { db: TactDb; now?: number }) {
  const settings = useSettings();
  return <ImpactView db={db} now={now} mutedRules={settings?.mutedRules ?? []} onMute={(id) => muteRule(id)} />;
}
