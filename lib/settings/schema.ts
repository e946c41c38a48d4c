import { networks } from '../networks';

/** Everything the user can change; stored as one object so a reset is one write. */
export interface Settings {
  /** Network id → coach on/off. Networks missing here are on (new networks arrive enabled). */
  networks: Record<string, boolean>;
  /** Origins (https://host) the user opted in to; mirrors the granted host permissions. */
  allowedSites: string[];
  /** 0 relaxed … 1 cautious; passed straight to classify(). */
  sensitivity: number;
  mutedRules: string[];
  /** Origins where the user pressed "Pause on this site". */
  pausedSites: string[];
  /** Underline flagged words over the editor. */
  highlights: boolean;
  /** Keep the draft text in a contact's coaching history (off: only level, categories and action). */
  keepDraftText: boolean;
  /** Hold a send whose draft is a flip and ask first (issue 10). On by default. */
  pauseBeforeSend: boolean;
  /** Network id → pause on/off; networks missing here pause (when the global switch is on). */
  pauseNetworks: Record<string, boolean>;
}

export const SETTINGS_KEY = 'tact:settings';

export function defaultSettings(): Settings {
  return {
    networks: Object.fromEntries(networks.map((n) => [n.id, true])),
    allowedSites: [],
    sensitivity: 0.5,
    mutedRules: [],
    pausedSites: [],
    highlights: true,
    keepDraftText: false,
    pauseBeforeSend: true,
    pauseNetworks: Object.fromEntries(networks.map((n) => [n.id, true])),
  };
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string' && s.length > 0))] : [];

/** Per-network switches: known network ids with boolean values override the defaults. */
function knownSwitches(defaults: Record<string, boolean>, raw: unknown): Record<string, boolean> {
  const out = { ...defaults };
  if (!raw || typeof raw !== 'object') return out;
  for (const [id, on] of Object.entries(raw as Record<string, unknown>)) {
    if (id in out && typeof on === 'boolean') out[id] = on;
  }
  return out;
}

/**
 * Whatever storage holds (an older version, a hand-edited value, nothing) becomes a valid Settings:
 * unknown keys are dropped and bad values fall back to the default, so a corrupt store never breaks the coach.
 */
export function normalizeSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!raw || typeof raw !== 'object') return d;
  const r = raw as Record<string, unknown>;
  const nets = knownSwitches(d.networks, r.networks);
  const s = typeof r.sensitivity === 'number' && Number.isFinite(r.sensitivity) ? r.sensitivity : d.sensitivity;
  return {
    networks: nets,
    allowedSites: strings(r.allowedSites),
    sensitivity: Math.min(1, Math.max(0, s)),
    mutedRules: strings(r.mutedRules),
    pausedSites: strings(r.pausedSites),
    highlights: typeof r.highlights === 'boolean' ? r.highlights : d.highlights,
    keepDraftText: typeof r.keepDraftText === 'boolean' ? r.keepDraftText : d.keepDraftText,
    pauseBeforeSend: typeof r.pauseBeforeSend === 'boolean' ? r.pauseBeforeSend : d.pauseBeforeSend,
    pauseNetworks: knownSwitches(d.pauseNetworks, r.pauseNetworks),
  };
}

/** Is the coach wanted for this network on this origin? Pure, so the content script and tests agree. */
export function coachEnabled(settings: Settings, networkId: string, origin: string): boolean {
  return settings.networks[networkId] !== false && !settings.pausedSites.includes(origin);
}

/** Should a flip send be held on this network? Pure, like coachEnabled; the coach must be on too. */
export function pauseEnabled(settings: Settings, networkId: string): boolean {
  return settings.pauseBeforeSend && settings.pauseNetworks[networkId] !== false;
}
