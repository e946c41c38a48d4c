import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CoachBadge, type CoachBadgeProps } from '@/components/coach/CoachBadge';
import { coachCss } from '@/components/coach/coach-styles';
import { mirrorCss } from './textarea-overlay';

export interface BadgeParts {
  badgeRoot: HTMLElement;
  mirror: HTMLElement;
}

export interface BadgeHost {
  readonly host: HTMLElement;
  readonly mirror: HTMLElement;
  /** Put the host back after its anchor if the page re-rendered it away. */
  ensureAttached(): void;
  setAttributes(attrs: Record<string, string>): void;
  render(props: CoachBadgeProps): void;
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
    css: coachCss + mirrorCss,
    anchor,
    append: (a, host) => a.after(host),
    onMount(container) {
      const mirror = document.createElement('div');
      mirror.className = 'tact-mirror';
      mirror.style.display = 'none';
      const badgeRoot = document.createElement('div');
      badgeRoot.className = 'tact-root';
      container.append(mirror, badgeRoot);
      return { badgeRoot, mirror };
    },
    onRemove(parts) {
      if (parts) render(null, parts.badgeRoot);
    },
  });
  ui.mount();
  const parts = ui.mounted!;
  let lastProps: CoachBadgeProps | null = null;

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
      render(<CoachBadge {...props} />, parts.badgeRoot);
    },
    place(editor) {
      const e = editor.getBoundingClientRect();
      const visible = e.width > 0 && e.height > 0;
      parts.badgeRoot.style.display = visible ? '' : 'none';
      if (!visible) return false;
      const h = ui.shadowHost.getBoundingClientRect();
      parts.badgeRoot.style.left = `${Math.round(e.right - h.left - 26)}px`;
      parts.badgeRoot.style.top = `${Math.round(e.bottom - h.top - 26)}px`;
      const below = e.bottom < 400;
      if (lastProps && lastProps.below !== below) api.render({ ...lastProps, below });
      return true;
    },
    remove() {
      ui.remove();
    },
  };
  return api;
}
