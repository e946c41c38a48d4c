/** What the toolbar button shows: how many people are due for a reconnect. */
export interface ToolbarBadge {
  /** The badge text: empty (no badge) when nobody is due, "99+" past 99 so it fits the button. */
  text: string;
  /** The button's tooltip, which says in words what the number means. */
  title: string;
}

export function dueBadge(due: number): ToolbarBadge {
  if (!Number.isFinite(due) || due <= 0) return { text: '', title: 'Tact notebook' };
  const people = due === 1 ? '1 person is' : `${due} people are`;
  return { text: due > 99 ? '99+' : String(due), title: `Tact notebook: ${people} due for a reconnect` };
}
