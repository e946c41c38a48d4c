import type { TactDb } from '@/lib/db/schema';
import { X_REVISED_SHARE, type ImpactCounts } from '@/lib/impact/summarize';
import { getNetwork } from '@/lib/networks';
import { ShareChart } from './ShareChart';
import { useImpact } from './use-impact';

interface Props {
  db: TactDb;
  now?: number;
  mutedRules?: readonly string[];
  onMute?: (ruleId: string) => unknown;
}

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const networkName = (id: string) => getNetwork(id)?.name ?? id;

function CountsRow({ label, c }: { label: string; c: ImpactCounts }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{c.paused}</td>
      <td>
        {c.revised + c.cancelled} ({pct(c.revisedOrCancelledShare)})
      </td>
      <td>{c.postedAnyway}</td>
      <td>{c.fixedBeforeSend}</td>
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
          <th scope="col">Paused</th>
          <th scope="col">Revised or cancelled</th>
          <th scope="col">Posted anyway</th>
          <th scope="col">Fixed before send</th>
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

/** What the coaching changed over the last 30 days (issue 10), beside X's published 34%. */
export function ImpactView({ db, now, mutedRules = [], onMute }: Props) {
  const s = useImpact(db, now);
  if (!s) return <p class="empty">Loading…</p>;
  const t = s.total;
  const noisy = s.noisyRules.filter((r) => !mutedRules.includes(r.ruleId));
  return (
    <section class="impact" aria-label="Impact">
      <h2>Last 30 days</h2>
      {t.paused === 0 && t.fixedBeforeSend === 0 ? (
        <p class="empty">No paused sends yet. When Tact holds a send that would flip a relationship, what you did next shows here.</p>
      ) : (
        <>
          <p class="impact-total" data-paused={t.paused} data-revised-or-cancelled={t.revised + t.cancelled}>
            Tact paused <strong>{t.paused}</strong> sends: you revised or cancelled <strong>{t.revised + t.cancelled}</strong> (
            {pct(t.revisedOrCancelledShare)}) and posted <strong>{t.postedAnyway}</strong> anyway. You also fixed{' '}
            <strong>{t.fixedBeforeSend}</strong> flips before sending.
          </p>
          <p class="impact-compare">
            You: {pct(t.revisedOrCancelledShare)} revised or cancelled. X's reply prompts (2021): {Math.round(X_REVISED_SHARE * 100)}%.
          </p>
          <ShareChart rows={[{ label: 'All', counts: t }, ...s.byNetwork.map((n) => ({ label: networkName(n.network), counts: n }))]} />
          <CountsTable caption="By network" rows={s.byNetwork.map((n) => ({ label: networkName(n.network), c: n }))} />
          <CountsTable caption="By rule" rows={s.byRule.map((r) => ({ label: r.ruleId, c: r }))} />
        </>
      )}
      {noisy.length > 0 && (
        <section class="noisy-rules" aria-label="Rules you usually post anyway">
          <h3>Rules you usually post anyway</h3>
          <ul>
            {noisy.map((r) => (
              <li key={r.ruleId}>
                <code>{r.ruleId}</code>: posted anyway {r.postedAnyway} of {r.paused} times ({pct(r.share)}).{' '}
                {onMute && (
                  <button type="button" onClick={() => void onMute(r.ruleId)}>
                    Mute {r.ruleId}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
