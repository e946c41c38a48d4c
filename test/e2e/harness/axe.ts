import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One line per serious or critical violation: rule, impact, and where (so a failure says what to fix). */
export interface AxeProblem {
  rule: string;
  impact: string;
  targets: string[];
  help: string;
  /** axe's own explanation for the first node, e.g. the measured contrast ratio. */
  detail: string;
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) over whatever the page renders now,
 * or only inside `include` (a selector; axe follows open shadow roots), and keeps what a user of
 * assistive technology would be blocked by: serious and critical violations.
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeProblem[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      // The first few nodes say where; 10,000 rows of the same fault would bury the message.
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' >> ')),
      detail: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240),
    }));
}

/** Every rule axe ran with its outcome counts, for the report (passes, violations, incomplete). */
export async function axeCounts(page: Page, include?: string): Promise<{ passes: number; violations: number; incomplete: number }> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const r = await builder.analyze();
  return { passes: r.passes.length, violations: r.violations.length, incomplete: r.incomplete.length };
}

/**
 * Whether the focused element (looking through open shadow roots) shows a focus indicator a
 * sighted keyboard user can see: an outline (every focus style in Tact is one; the badge's box-shadow
 * is there unfocused too, so a shadow would prove nothing).
 */
export async function focusIsVisible(page: Page): Promise<{ visible: boolean; element: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { visible: false, element: 'nothing focused' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { visible: outline, element: `${el.tagName.toLowerCase()} "${label}"` };
  });
}
