import type { Handlers, MessageType } from './protocol';

/**
 * The same handlers, each waiting first for `ready` (the notebook open, lib/db/notebook-health.ts). When the
 * notebook will not open, a look-up or a record fails in a second and a half with a readable error instead of
 * hanging, and the coach goes on with each network's norms.
 */
export function gated<K extends MessageType>(handlers: Handlers<K>, ready: () => Promise<void>): Handlers<K> {
  const out: Partial<Record<MessageType, (req: unknown) => Promise<unknown>>> = {};
  for (const [type, run] of Object.entries(handlers) as [K, (req: unknown) => unknown][]) {
    out[type] = async (req) => {
      await ready();
      return run(req);
    };
  }
  return out as Handlers<K>;
}
