import type { ImpactCounts } from '@/lib/impact/summarize';
import { X_REVISED_SHARE } from '@/lib/impact/summarize';
import { i18n } from '@/runtime/i18n';
import { formatPercent } from '@/runtime/say';

interface Row {
  label: string;
  counts: ImpactCounts;
}

const WIDTH = 260;
const BAR = 14;
const GAP = 8;
const LABEL = 90;

/**
 * One bar per row: the share of paused sends revised or cancelled (green) against posted anyway
 * (grey), with X's published 34% as a dashed line. Inline SVG: no library, nothing fetched.
 */
export function ShareChart({ rows }: { rows: Row[] }) {
  const shown = rows.filter((r) => r.counts.paused > 0);
  if (!shown.length) return null;
  const height = shown.length * (BAR + GAP) + 18;
  const x = (share: number) => LABEL + share * (WIDTH - LABEL);
  return (
    <svg class="share-chart" role="img" aria-label={i18n.t('impact.chart')} width={WIDTH} height={height}>
      {shown.map((r, i) => {
        const y = i * (BAR + GAP);
        const share = r.counts.revisedOrCancelledShare ?? 0;
        return (
          <g key={r.label}>
            <text x={0} y={y + BAR - 3} font-size="11" fill="currentColor">
              {r.label}
            </text>
            <rect x={LABEL} y={y} width={WIDTH - LABEL} height={BAR} fill="#8884" />
            <rect x={LABEL} y={y} width={x(share) - LABEL} height={BAR} fill="#1f7a4d" />
          </g>
        );
      })}
      <line x1={x(X_REVISED_SHARE)} x2={x(X_REVISED_SHARE)} y1={0} y2={height - 14} stroke="currentColor" stroke-dasharray="3 2" />
      <text x={x(X_REVISED_SHARE) - 14} y={height - 2} font-size="10" fill="currentColor">
        {i18n.t('impact.chartX', [formatPercent(X_REVISED_SHARE)])}
      </text>
    </svg>
  );
}
