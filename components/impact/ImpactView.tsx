import type { TactDb } from '@/lib/db/schema';
import { X_REVISED_SHARE, type ImpactCounts, type ImpactSummary } from '@/lib/impact/summarize';
import { getNetwork } from '@/lib/networks';
import { i18n } from '@/runtime/i18n';
import { formatNumber, formatPercent } from '@/runtime/say';
import { richMessage } from '../i18n/rich-message';
import { ShareChart } from './ShareChart';
import { useImpact } from './use-impact';

interface Props {
  db: TactDb;
  now?: number;
  mutedRules?: readonly string[];
  onMute?: (ruleId: string) => unknown;
}

const pct = (share: number | null) => (share === null ? '–' : formatPercent(share));
const networkName = (id: string) => getNetwork(id)?.name ?? id;
const num = formatNumber;

function CountsRow({ label, c }: { label: string; c: ImpactCounts }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{num(c.paused)}</td>
      <td>
        {num(c.revised + c.cancelled)} ({pct(c.revisedOrCancelledShare)})
      </td>
      <td>{num(c.postedAnyway)}</td>
      <td>{num(c.fixedBeforeSend)}</td>
    </tr>
  );
}

function CountsTable({ caption, rows }: { caption: string; rows: { label: string; c: ImpactCounts }[] }) {
  if (!rows.length) return null;
  return (
    <table class="impact-table" aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col">{i18n.t('impact.paused')}</th>
          <th scope="col">{i18n.t('impact.revisedOrCancelled')}</th>
          <th scope="col">{i18n.t('impact.postedAnyway')}</th>
          <th scope="col">{i18n.t('impact.fixedBeforeSend')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <CountsRow key={r.label} label={r.label} c={r.c} />
        ))}
      </tbody>
    </table>
  );
}

/** The totals in a sentence, each figure in bold; the plural follows the count it is about. */
function Totals({ t }: { t: ImpactCounts }) {
  const strong = (n: number) => <strong>{num(n)}</strong>;
  return (
    <p class="impact-total" data-paused={t.paused} data-revised-or-cancelled={t.revised + t.cancelled}>
      {richMessage(
        'impact.total',
        [strong(t.paused), strong(t.revised + t.cancelled), pct(t.revisedOrCancelledShare), strong(t.postedAnyway)],
        t.paused,
      )}{' '}
      {richMessage('impact.fixed', [strong(t.fixedBeforeSend)], t.fixedBeforeSend)}
    </p>
  );
}

function NoisyRules({ rules, onMute }: { rules: ImpactSummary['noisyRules']; onMute?: Props['onMute'] }) {
  if (!rules.length) return null;
  return (
    <section class="noisy-rules" aria-label={i18n.t('impact.noisy')}>
      <h3>{i18n.t('impact.noisy')}</h3>
      <ul>
        {rules.map((r) => (
          <li key={r.ruleId}>
            {richMessage('impact.noisyRule', [<code>{r.ruleId}</code>, num(r.postedAnyway), num(r.paused), pct(r.share)])}{' '}
            {onMute && (
              <button type="button" onClick={() => void onMute(r.ruleId)}>
                {i18n.t('impact.mute', [r.ruleId])}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the coaching changed over the last 30 days (issue 10), beside X's published 34%. */
export function ImpactView({ db, now, mutedRules = [], onMute }: Props) {
  const s = useImpact(db, now);
  if (!s) return <p class="empty">{i18n.t('impact.loading')}</p>;
  const t = s.total;
  return (
    <section class="impact" aria-label={i18n.t('impact.label')}>
      <h2>{i18n.t('impact.title')}</h2>
      {t.paused === 0 && t.fixedBeforeSend === 0 ? (
        <p class="empty">{i18n.t('impact.empty')}</p>
      ) : (
        <>
          <Totals t={t} />
          <p class="impact-compare">{i18n.t('impact.compare', [pct(t.revisedOrCancelledShare), formatPercent(X_REVISED_SHARE)])}</p>
          <ShareChart
            rows={[{ label: i18n.t('impact.all'), counts: t }, ...s.byNetwork.map((n) => ({ label: networkName(n.network), counts: n }))]}
          />
          <CountsTable caption={i18n.t('impact.byNetwork')} rows={s.byNetwork.map((n) => ({ label: networkName(n.network), c: n }))} />
          <CountsTable caption={i18n.t('impact.byRule')} rows={s.byRule.map((r) => ({ label: r.ruleId, c: r }))} />
        </>
      )}
      <NoisyRules rules={s.noisyRules.filter((r) => !mutedRules.includes(r.ruleId))} onMute={onMute} />
    </section>
  );
}
