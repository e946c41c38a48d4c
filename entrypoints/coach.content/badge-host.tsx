import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CoachBadge, type CoachBadgeProps } from '@/components/coach/CoachBadge';
import { coachCss } from '@/components/coach/coach-styles';
import { SendPauseCard, sendPauseCss, type SendPauseCardProps } from '@/components/coach/SendPauseCard';
import { mirrorCss } from './textarea-overlay';

export interface BadgeParts {
  badgeRoot: HTMLElement;
  mirror: HTMLElement;
  /** The "before you send" card's own root, beside the badge's (issue 10). */
  pauseRoot: HTMLElement;
}

export interface BadgeHost {
  readonly host: HTMLElement;
  readonly mirror: HTMLElement;
  /** Put the host back after its anchor if the page re-rendered it away. */
  ensureAttached(): void;
  setAttributes(attrs: Record<string, string>): void;
  /** Render the badge; whether the card opens downwards is the host's call, from the composer's place. */
  render(props: Omit<CoachBadgeProps, 'below'>): void;
  /** Show the "before you send" card (and `data-paused="true"` on the host), or remove it with null. */
  renderPause(props: Omit<SendPauseCardProps, 'below'> | null): void;
  /** Move the badge to the composer's bottom-right corner. */
  place(editor: HTMLElement): boolean;
  remove(): void;
}

/**
 * One `<tact-coach>` shadow host per composer, inserted as the next sibling of the anchor (the
 * editor or its wrapper), never inside the editor DOM. Sized 0×0 and absolutely positioned so the
 * page's layout does not move; the badge is placed from the editor's rect.
 */
export async function createBadgeHost(ctx: ContentScriptContext, anchor: () => Element): Promise<BadgeHost> {
  const ui: ShadowRootContentScriptUi<BadgeParts> = await createShadowRootUi(ctx, {
    name: 'tact-coach',
    position: 'inline',
    // Our own :host rule resets what matters; WXT's `all: initial !important` would undo position:absolute.
    inheritStyles: true,
    // Keys pressed on our buttons must not reach the page's shortcuts (X's "j/k", YouTube's "k").
    isolateEvents: true,
    css: coachCss + sendPauseCss + mirrorCss,
    anchor,
    append: (a, host) => a.after(host),
    onMount(container) {
      const mirror = document.createElement('div');
      mirror.className = 'tact-mirror';
      mirror.style.display = 'none';
      const badgeRoot = document.createElement('div');
      badgeRoot.className = 'tact-root';
      const pauseRoot = document.createElement('div');
      pauseRoot.className = 'tact-root';
      container.append(mirror, badgeRoot, pauseRoot);
      return { badgeRoot, mirror, pauseRoot };
    },
    onRemove(parts) {
      if (!parts) return;
      render(null, parts.badgeRoot);
      render(null, parts.pauseRoot);
    },
  });
  ui.mount();
  const parts = ui.mounted!;
  let lastProps: Omit<CoachBadgeProps, 'below'> | null = null;
  let below = false;

  const api: BadgeHost = {
    host: ui.shadowHost,
    mirror: parts.mirror,
    ensureAttached() {
      const a = anchor();
      if (ui.shadowHost.isConnected && ui.shadowHost.previousElementSibling === a) return;
      a.after(ui.shadowHost);
    },
    setAttributes(attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (ui.shadowHost.getAttribute(k) !== v) ui.shadowHost.setAttribute(k, v);
      }
    },
    render(props) {
      lastProps = props;
      render(<CoachBadge {...props} below={below} />, parts.badgeRoot);
    },
    renderPause(props) {
      if (props) ui.shadowHost.setAttribute('data-paused', 'true');
      else ui.shadowHost.removeAttribute('data-paused');
      render(props && <SendPauseCard {...props} below={below} />, parts.pauseRoot);
    },
    place(editor) {
      // Read both rects before writing anything: a write between them would force a second layout.
      const e = editor.getBoundingClientRect();
      const h = ui.shadowHost.getBoundingClientRect();
      const visible = e.width > 0 && e.height > 0;
      const style = parts.badgeRoot.style;
      const display = visible ? '' : 'none';
      if (style.display !== display) style.display = display;
      if (!visible) return false;
      const left = `${Math.round(e.right - h.left - 26)}px`;
      // The composer's bottom-right corner, or the window's bottom edge when the composer runs past
      // it (a 2,000-character post), but never above the composer's top.
      const bottom = Math.max(e.top + 26, Math.min(e.bottom, window.innerHeight - 4));
      const top = `${Math.round(bottom - h.top - 26)}px`;
      if (style.left !== left) style.left = left;
      if (style.top !== top) style.top = top;
      parts.pauseRoot.style.left = left;
      parts.pauseRoot.style.top = top;
      // Near the top of the window the card opens downwards, so it is not cut off.
      const nextBelow = bottom < 400;
      if (nextBelow !== below) {
        below = nextBelow;
        if (lastProps) api.render(lastProps);
      }
      return true;
    },
    remove() {
      ui.remove();
    },
  };
  return api;
}

/**
 * A send is held only where its card can be seen: a host the page detached or hid (display:none,
 * visibility:hidden on an ancestor) would hold the send with no Edit or Post anyway to press.
 */
export function canShowCard(host: BadgeHost | null): boolean {
  if (!host?.host.isConnected) return false;
  const el = host.host;
  // Without checkVisibility (Chromium < 105, Firefox < 106, DOM stand-ins) a connected host is trusted.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}
