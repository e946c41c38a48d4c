/** chrome.storage.sync's limits (developer.chrome.com/docs/extensions/reference/api/storage#storage_areas). */
export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
} as const;

/** How Chrome counts an item: the key's length plus the JSON of its value, in bytes. */
export const itemBytes = (key: string, value: unknown): number =>
  new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * Writes are batched into one `set` at most this often: 12 a minute and 720 an hour even when the user
 * edits non-stop, far below the 120/minute and 1,800/hour limits (another device's writes do not count).
 */
export const MIN_WRITE_INTERVAL_MS = 5_000;
