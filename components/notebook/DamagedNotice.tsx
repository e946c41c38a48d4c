import { readNotebook } from '@/lib/db/readable-notebook';
import type { TactDb } from '@/lib/db/schema';
import { i18n } from '@/runtime/i18n';
import { useDamagedSeen } from './damaged-seen';
import { ExportReadable } from './ExportReadable';

/** Shown once a view met a damaged record: it was skipped, and here is how to keep what is readable. */
export function DamagedNotice({ db }: { db: TactDb }) {
  if (!useDamagedSeen()) return null;
  return (
    <section class="notice damaged" aria-label={i18n.t('faults.damagedLabel')}>
      <p>{i18n.t('faults.damaged')}</p>
      <ExportReadable read={() => readNotebook(db)} />
    </section>
  );
}
