import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tmpDir } from './paths';

/**
 * The popup fits its 400 px: no horizontal scroll of the page, and no control whose right edge is past
 * the viewport (issue 9). A screenshot of the view goes to test/.tmp as popup-<view>.png.
 */
export async function expectNoHorizontalScroll(page: Page, view: string): Promise<void> {
  const m = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const cut = [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, cut };
  });
  await page.screenshot({ path: resolve(tmpDir, `popup-${view}.png`), fullPage: true });
  expect({ view, ...m }).toEqual({ view, scrollWidth: m.clientWidth, clientWidth: 400, cut: [] });
}
