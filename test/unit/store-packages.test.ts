// The zips a person uploads to the Chrome Web Store and to addons.mozilla.org (with the sources AMO
// asks for), made by `npm run zip` exactly as a release would, then unpacked and read.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pngSize, readZip } from './helpers/read-zip';
import { ROOT } from './cli-spawn';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
const sizes = ['16', '32', '48', '96', '128'];

/** Paths that must never ship: tests and their fixtures, source maps, dependencies, dot-files, logs. */
const forbidden = [/(^|\/)node_modules\//, /(^|\/)test\//, /fixtures?\//, /\.test\.tsx?$/, /\.map$/, /(^|\/)\.[^/]+/, /\.log$/];

let zips: Record<'chrome' | 'firefox' | 'sources', Map<string, Buffer>>;

beforeAll(async () => {
  for (const kind of ['chrome', 'firefox', 'sources']) rmSync(zipPath(kind), { force: true });
  execFileSync('npm', ['run', '--silent', 'zip'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  zips = {
    chrome: await readZip(zipPath('chrome')),
    firefox: await readZip(zipPath('firefox')),
    sources: await readZip(zipPath('sources')),
  };
}, 180_000);

function manifestOf(files: Map<string, Buffer>): Record<string, any> {
  const raw = files.get('manifest.json');
  if (!raw) throw new Error('no manifest.json at the root of the zip');
  return JSON.parse(raw.toString('utf8'));
}

/** Every file the manifest points at: icons, background, content scripts, popup and options pages. */
function referencedFiles(m: Record<string, any>): string[] {
  const button = m.action ?? m.browser_action;
  return [
    ...Object.values<string>(m.icons ?? {}),
    ...Object.values<string>(button?.default_icon ?? {}),
    button?.default_popup,
    m.options_ui?.page,
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c: { js?: string[]; css?: string[] }) => [...(c.js ?? []), ...(c.css ?? [])]),
  ].filter((f): f is string => typeof f === 'string');
}

describe.each([
  ['chrome', 3, 'action'],
  ['firefox', 2, 'browser_action'],
] as const)('%s store zip', (kind, manifestVersion, buttonKey) => {
  test('its manifest is the release: name, version, manifest version, toolbar button', () => {
    const m = manifestOf(zips[kind]);
    expect(m).toMatchObject({ name: '__MSG_extName__', default_locale: 'en', version: pkg.version, manifest_version: manifestVersion });
    expect(m[buttonKey].default_title).toBe('__MSG_actionTitle__');
    expect(Object.keys(m[buttonKey].default_icon)).toEqual(sizes);
    if (kind === 'firefox') expect(m.browser_specific_settings.gecko.id).toBe('tact@tact.local');
  });

  test('the name, description and toolbar title resolve in every language the UI speaks', () => {
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const raw = zips[kind].get(`_locales/${lang}/messages.json`);
      expect(raw, lang).toBeDefined();
      const messages = JSON.parse(raw!.toString('utf8')) as Record<string, { message: string }>;
      expect(messages.extName.message, lang).toBe('Tact');
      expect(messages.extDescription.message.length, lang).toBeGreaterThan(40);
      expect(messages.actionTitle.message, lang).toMatch(/Tact/);
    }
  });

  test('every file the manifest names is in the zip', () => {
    const missing = referencedFiles(manifestOf(zips[kind])).filter((f) => !zips[kind].has(f.replace(/^\//, '')));
    expect(missing).toEqual([]);
  });

  test('each icon is a PNG of the size its key says', () => {
    const icons = manifestOf(zips[kind]).icons as Record<string, string>;
    expect(Object.keys(icons)).toEqual(sizes);
    for (const [size, file] of Object.entries(icons)) {
      expect(pngSize(zips[kind].get(file)!), file).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  test('no test fixture, source map, node_modules or dot-file slipped in', () => {
    expect([...zips[kind].keys()].filter((f) => forbidden.some((re) => re.test(f)))).toEqual([]);
  });
});

describe('sources zip for AMO review', () => {
  test('holds what rebuilds the add-on: manifest config, lockfile, icon source, entrypoints, the model', () => {
    for (const f of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'assets/icon.svg',
      'entrypoints/background.ts',
      'lib/classifier/model/model.generated.ts',
      'README.md',
      'PRIVACY.md',
    ]) {
      expect(zips.sources.has(f), f).toBe(true);
    }
  });

  test('and nothing else: no tests, fixtures, build output, node_modules or dot-files', () => {
    const stray = [...zips.sources.keys()].filter(
      (f) => forbidden.some((re) => re.test(f)) || /^\.output\/|^\.wxt\/|^data\/corpora\//.test(f),
    );
    expect(stray).toEqual([]);
  });
});
