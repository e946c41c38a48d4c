import { i18n } from '@/runtime/i18n';
import { popupTabs } from './popup-words';
import type { Route } from './routes';

interface Props {
  current: Route['name'];
  onTab: (name: Route['name']) => void;
  onAdd: () => void;
  onAddFromPage: () => void;
}

/** The title, the tabs and the two ways to add someone: the same whether the notebook has answered or not. */
export function NotebookHeader({ current, onTab, onAdd, onAddFromPage }: Props) {
  return (
    <header>
      <h1>Tact</h1>
      <nav role="tablist" aria-label={i18n.t('popup.tabsLabel')}>
        {popupTabs().map(([r, label]) => (
          <button key={r} type="button" role="tab" aria-selected={current === r} onClick={() => onTab(r)}>
            {label}
          </button>
        ))}
      </nav>
      <div class="actions">
        <button type="button" class="primary" onClick={onAdd}>
          {i18n.t('popup.addContact')}
        </button>
        <button type="button" onClick={onAddFromPage}>
          {i18n.t('popup.addFromPage')}
        </button>
      </div>
    </header>
  );
}
