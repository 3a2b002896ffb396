/**
 * A sliding-window limit: at most `limit` events per key within `windowMs`. In memory, like everything else
 * of the local sign-in's state; a restart of `npm start` starts afresh.
 */
export function createThrottle(options: { limit: number; windowMs: number; now: () => number }) {
  const events = new Map<string, number[]>();
  return {
    /** Counts one event for `key`, or says how long to wait (seconds) when the limit is reached. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const at = options.now();
      const recent = (events.get(key) ?? []).filter((t) => t > at - options.windowMs);
      if (recent.length >= options.limit) {
        events.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + options.windowMs - at) / 1000)) };
      }
      recent.push(at);
      events.set(key, recent);
      // Keys that fell silent are dropped now and then, so the map stays small.
      if (events.size > 1000) for (const [k, times] of events) if (times.every((t) => t <= at - options.windowMs)) events.delete(k);
      return { ok: true };
    },
  };
}
