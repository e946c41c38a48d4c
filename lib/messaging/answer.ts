// Both ends of one exchange, without the browser: the receiver validates and runs a handler and
// always answers a Reply; the sender turns a Reply back into data or a thrown Error. runtime/messaging.ts
// wires these to the browser's messaging API.
import type { Handlers, MessageType, Reply, Res } from './protocol';
import { validateMessage } from './validate';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Validate and run one message; every failure becomes `{ ok: false, error }` with a readable message. */
export async function answerMessage(message: unknown, handlers: Partial<Handlers>): Promise<Reply<unknown>> {
  try {
    const { type, payload } = validateMessage(message);
    const run = handlers[type] as ((req: unknown) => unknown) | undefined;
    if (!run) throw new Error(`${type}: not answered here`);
    return { ok: true, data: await run(payload) };
  } catch (err) {
    return { ok: false, error: messageOf(err) };
  }
}

/** The reply's data, or an Error: the receiver's own, or "no answer" when nothing replied. */
export function unwrapReply<K extends MessageType>(type: K, reply: unknown): Res<K> {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`${type}: no answer from Tact`);
  const r = reply as Reply<Res<K>>;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}
