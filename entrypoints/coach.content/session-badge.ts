import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBadgeHost, type BadgeHost } from './badge-host';
import type { CoachDeps } from './coach-deps';
import type { EditorKind } from './editor-kind';
import type { BadgeCallbacks } from './session-core';
import type { SessionView } from './session-view';

/** One composer's badge: our shadow host beside the editor, painted from the session's pure view. */
export interface SessionBadge {
  /** Null until the host is mounted (it loads asynchronously). */
  host(): BadgeHost | null;
  /** The view last painted: what the badge and the highlights show now. */
  view(): SessionView | null;
  paint(view: SessionView, callbacks: BadgeCallbacks): void;
  place(): void;
  ensureAttached(): void;
  remove(): void;
}

interface Options {
  anchor(): Element;
  /** The session ended: a host that mounts afterwards is removed at once. */
  ended(): boolean;
  /** The host is mounted: time for the first check. */
  ready(): void;
  logOnce: CoachDeps['logOnce'];
}

export function createSessionBadge(ctx: ContentScriptContext, editor: HTMLElement, kind: EditorKind, o: Options): SessionBadge {
  let host: BadgeHost | null = null;
  let lastView: SessionView | null = null;

  const place = () => {
    if (!host || o.ended()) return;
    host.place(editor);
    kind.place(host.mirror);
  };

  createBadgeHost(ctx, o.anchor).then(
    (h) => {
      if (o.ended()) return h.remove();
      host = h;
      o.ready();
    },
    (err) => o.logOnce('badge', err),
  );

  return {
    host: () => host,
    view: () => lastView,
    paint(view, callbacks) {
      if (!host) return;
      lastView = view;
      // Geometry first: reading rects after our own writes would force the page to lay out again.
      place();
      host.setAttributes(view.attributes);
      host.render({ ...view.badge, ...callbacks });
      kind.highlight(host.mirror, view.draft, view.highlights);
    },
    place,
    ensureAttached: () => host?.ensureAttached(),
    remove: () => host?.remove(),
  };
}
