import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '@/runtime/settings-storage';
import type { Settings } from '@/lib/settings/schema';

/** Current settings, updated live when any page (popup, options, a tab's card) changes them. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
