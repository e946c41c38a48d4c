import type { Timers } from '@/lib/composers/debounce';

/**
 * How long the site has to show that a send went out. The networks empty the composer (or close it)
 * once they have taken the message: at once for chats and comments, after the server's answer for
 * posts (under a second or two on a slow connection). A send the site refused keeps its text, and the
 * user is unlikely to empty a refused box by hand this soon.
 */
export const SENT_WITHIN_MS = 3_000;
const LOOK_EVERY_MS = 100;

export interface PendingSend {
  /** Look now (a check saw the box emptied): counts the send if it went out. */
  check(): void;
  /** The composer left the page: that is the site showing the send went out. */
  confirm(): void;
  /** Forget it: nothing is counted. */
  cancel(): void;
}

/**
 * A send counts only once the site shows it happened: `wentOut` (the composer emptied or removed) turns
 * true within SENT_WITHIN_MS of the key or click. Otherwise (a disabled button, a validation that
 * refused, an Enter that picked a suggestion) nothing is counted. Looks every 100 ms, starting after the
 * site's own handlers have run; `settled` runs once, with whether it counted.
 */
export function awaitSent(o: { wentOut(): boolean; timers: Timers; settled(counted: boolean): void }): PendingSend {
  const deadline = Date.now() + SENT_WITHIN_MS;
  let done = false;
  let timer = 0;
  const finish = (counted: boolean) => {
    if (done) return;
    done = true;
    o.timers.clearTimeout(timer);
    o.settled(counted);
  };
  const look = () => {
    if (o.wentOut()) finish(true);
    else if (Date.now() >= deadline) finish(false);
    else timer = o.timers.setTimeout(look, LOOK_EVERY_MS);
  };
  timer = o.timers.setTimeout(look, 0);
  return {
    check: () => void (!done && o.wentOut() && finish(true)),
    confirm: () => finish(true),
    cancel: () => finish(false),
  };
}
