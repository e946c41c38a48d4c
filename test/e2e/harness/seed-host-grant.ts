import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a host permission into a closed profile exactly as Chrome stores it after the user clicks
 * "Allow" in its permission prompt (granted and active explicit hosts of the extension).
 *
 * Why: headless Chromium 156 cannot answer that native prompt. `chrome.permissions.request` then never
 * settles; `--apps-gallery-install-auto-confirm-for-tests` no longer exists; chrome://extensions'
 * developerPrivate.addHostPermission only touches withheld *required* hosts. With the grant on
 * record, Tact's own "Use Tact on this site" button still runs its real code: `permissions.request`
 * resolves true at once, as it does for a site the user already allowed.
 */
export function seedHostGrant(profileDir: string, extensionId: string, origins: readonly string[]): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`extension ${extensionId} not in ${file}: launch the profile once first`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] ??= { api: [], explicit_host: [], manifest_permissions: [], scriptable_host: [] };
    settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}
