import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Timers } from '@/lib/composers/debounce';

/**
 * Timers that never fire after the content script is invalidated (extension reloaded or updated).
 * Not `ctx.setTimeout`: it adds an invalidation listener per call that is never removed, and the
 * debounce arms a timer per keystroke; here the owner cancels its pending timer on invalidation.
 */
export function ctxTimers(ctx: ContentScriptContext): Timers {
  return {
    setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
    clearTimeout: (id) => window.clearTimeout(id),
  };
}
