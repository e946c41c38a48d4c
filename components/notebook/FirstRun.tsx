import { i18n } from '@/runtime/i18n';

interface Props {
  onImport: () => void;
  onAddFromPage: () => void;
}

/** What an empty notebook (the first run) says: what Tact does, and the two quickest ways to fill it. */
export function FirstRun({ onImport, onAddFromPage }: Props) {
  return (
    <section class="first-run" aria-label={i18n.t('firstRun.label')} data-count={0}>
      <h2>{i18n.t('firstRun.title')}</h2>
      <p>{i18n.t('firstRun.intro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onImport}>
          {i18n.t('firstRun.import')}
        </button>
        <button type="button" onClick={onAddFromPage}>
          {i18n.t('popup.addFromPage')}
        </button>
      </div>
    </section>
  );
}
