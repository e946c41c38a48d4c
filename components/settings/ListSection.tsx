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
}

/** A titled list of strings, each with one button (Unmute, Resume, Remove). */
export function ListSection({ title, empty, items, action, onAction, children, name }: Props) {
  return (
    <section class={`tact-settings-${name}`}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p class="tact-empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item} data-item={item}>
              <span>{item}</span>{' '}
              <button type="button" onClick={() => onAction(item)} aria-label={`${action} ${item}`}>
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
