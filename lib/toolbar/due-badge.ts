/** What the toolbar button shows: how many people are due for a reconnect. */
export interface ToolbarBadge {
  /** The badge text: empty (no badge) when nobody is due, "99+" past 99 so it fits the button. */
  text: string;
  /** How many are due (0 for a bad count): the tooltip says it in words (toolbar.title in locales/). */
  due: number;
}

export function dueBadge(due: number): ToolbarBadge {
  if (!Number.isFinite(due) || due <= 0) return { text: '', due: 0 };
  return { text: due > 99 ? '99+' : String(due), due };
}
