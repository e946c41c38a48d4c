import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  empty: string;
  items: readonly string[];
  action: string;
  onAction: (item: string) => void;
  /** Extra controls under the list (e.g. the "allow a site" field). */
  children?: ComponentChildren;
  name: string;
  /** How an item is shown to a person (a muted rule's human name); the item itself by default. */
  labelOf?: (item: string) => string;
}

/** A titled list of strings, each with one button (Unmute, Resume, Remove). */
export function ListSection({ title, empty, items, action, onAction, children, name, labelOf = (i) => i }: Props) {
  return (
    <section class={`tact-settings-${name}`}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p class="tact-empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item} data-item={item}>
              <span>{labelOf(item)}</span>{' '}
              <button type="button" onClick={() => onAction(item)} aria-label={`${action} ${labelOf(item)}`}>
                {action}
              </button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
