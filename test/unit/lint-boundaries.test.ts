import { ESLint } from 'eslint';
import { describe, expect, test, vi } from 'vitest';

// Loading ESLint and the TypeScript parser takes a second alone, longer beside the rest of the suite.
vi.setConfig({ testTimeout: 60_000 });

// The layer rules live in eslint.config.js; these cases check that each one fires where it should and
// stays quiet where the import is allowed, so a typo in a pattern cannot silently switch a boundary off.
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  test.each([
    ['lib/db/x.ts', "import { browser } from 'wxt/browser';"],
    ['lib/db/x.ts', "import { defineContentScript } from 'wxt/utils/define-content-script';"],
    ['lib/db/x.ts', "import { SiteToggle } from '@/components/settings/SiteToggle';"],
    ['lib/db/x.ts', "import { SiteToggle } from '../../components/settings/SiteToggle';"],
    ['lib/db/x.ts', "import { startCoach } from '@/entrypoints/coach.content/start-coach';"],
    ['lib/db/x.ts', "import { send } from '../../runtime/messaging';"],
    ['components/settings/X.tsx', "import { readActiveTabProfile } from '@/entrypoints/popup/read-active-tab';"],
    ['components/settings/X.tsx', "import { readActiveTabProfile } from '../../entrypoints/popup/read-active-tab';"],
    ['components/settings/X.tsx', "import { browser } from 'wxt/browser';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toContain('no-restricted-imports');
  });

  test.each([
    ['lib/db/x.ts', "import { getNetwork } from '../networks';"],
    ['components/settings/X.tsx', "import { pauseSite } from '@/runtime/settings-storage';"],
    ['entrypoints/popup/x.ts', "import { browser } from 'wxt/browser';"],
    ['runtime/x.ts', "import { browser } from 'wxt/browser';"],
  ])('%s may: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toEqual([]);
  });
});

describe('no HTML strings in shipped code', () => {
  test.each([
    ['lib/composers/x.ts', 'el.innerHTML = s;'],
    ['runtime/x.ts', 'const h = el.outerHTML;'],
    ['entrypoints/coach.content/x.ts', "el['innerHTML'] = s;"],
    ['entrypoints/coach.content/x.ts', "el.insertAdjacentHTML('beforeend', s);"],
    ['components/coach/X.tsx', 'export const X = () => <div dangerouslySetInnerHTML={{ __html: s }} />;'],
    ['components/coach/X.tsx', "h('div', { dangerouslySetInnerHTML: { __html: s } });"],
  ])('%s: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toContain('no-restricted-syntax');
  });

  test('textContent is fine', async () => {
    expect(await rulesHit('entrypoints/coach.content/x.ts', 'el.textContent = s;')).toEqual([]);
  });
});
