import type { Timers } from '@/lib/composers/debounce';
import type { EditorKind } from './editor-kind';
import type { SessionBadge } from './session-badge';
import type { SessionCore } from './session-core';
import { watchHighlightClicks } from './watch-highlight-clicks';

/** A click on highlighted words opens the card on the entry those words belong to. */
export function openCardOnHighlightClick(
  editor: HTMLElement,
  kind: EditorKind,
  badge: SessionBadge,
  core: SessionCore,
  o: { timers: Timers; signal: AbortSignal },
): void {
  watchHighlightClicks(editor, {
    hasSelection: () => kind.hasSelection(),
    findingAt: (p) => {
      const host = badge.host();
      const view = badge.view();
      return host && view ? kind.findingAt(p, host.mirror, view.draft, view.highlights) : null;
    },
    open: (hit) => {
      const group = badge.view()?.badge.groups.find((g) => g.spans.includes(hit));
      if (group) core.openGroup(group.key);
    },
    ...o,
  });
}
