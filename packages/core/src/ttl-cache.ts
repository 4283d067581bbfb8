export interface TtlCacheOptions {
  /** How long a loaded value is served before the next call loads it again. */
  ttlMs: number;
  /** A monotonic clock in milliseconds; tests pass their own. */
  now?: () => number;
  /**
   * At most this many arguments remembered per handle (the oldest loaded goes first), for caches
   * keyed by something with many values, such as a seller's id. Default: no limit.
   */
  maxEntries?: number;
}

interface Entry<Value> {
  value: Promise<Value>;
  /** Infinity while the load runs: callers that arrive meanwhile share it rather than start another. */
  expiresAt: number;
}

/**
 * Remembers what `load(handle, ...args)` returned for `ttlMs`, per database handle and arguments,
 * for data that changes rarely but is read on every page view (the category tree, popular gigs,
 * the fee schedule). Concurrent callers that miss share one load, so an expiry under load costs
 * one query, not one per waiting request. A failed load is forgotten at once so the next caller
 * retries. Values are shared between callers: treat them as read-only.
 *
 * Keyed by handle so that two databases in one process (tests) never see each other's rows.
 * Arguments become part of the key through JSON, so they should be small plain values.
 */
export function cached<Handle extends object, Args extends unknown[], Value>(
  load: (handle: Handle, ...args: Args) => Promise<Value>,
  { ttlMs, now = () => performance.now(), maxEntries = Infinity }: TtlCacheOptions,
): (handle: Handle, ...args: Args) => Promise<Value> {
  const byHandle = new WeakMap<Handle, Map<string, Entry<Value>>>();
  const entriesOf = (handle: Handle) => {
    let entries = byHandle.get(handle);
    if (!entries) {
      entries = new Map();
      byHandle.set(handle, entries);
    }
    return entries;
  };

  return (handle, ...args) => {
    const entries = entriesOf(handle);
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit && now() < hit.expiresAt) return hit.value;

    const entry: Entry<Value> = { value: (async () => load(handle, ...args))(), expiresAt: Infinity };
    // Re-inserted, so the Map's order is the order of loads and its first key the oldest.
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    entry.value.then(
      () => {
        entry.expiresAt = now() + ttlMs;
      },
      () => {
        // The caller sees the error; only this cache forgets it (unless a newer load replaced it).
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    return entry.value;
  };
}
