import { enGetMessage } from '../scripts/i18n/en-get-message';
import { isQuick, type BenchContext } from './section';

const USAGE = `Usage: npm run bench [-- --json] [-- --quick]
  --json   the figures as one JSON object on the last line of stdout (tables go to stderr)
  --quick  a sample or two per set: checks the report's shape, the figures mean nothing`;

/**
 * `npm run bench`: runs every section and prints a table per section.
 * `--json`: the same figures as ONE JSON object on the last line of stdout; tables and progress go to stderr.
 * `--quick` (or TACT_BENCH_QUICK=1): a couple of samples each, to check the report's shape fast.
 * Exits 0 even when a budget fails: this is a report, and FAIL is written in it; 1 if a section crashed.
 */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const unknown = argv.filter((a) => a !== '--json' && a !== '--quick');
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown option ${unknown[0]} (expected --json, --quick)\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const quick = isQuick(argv);
  if (quick) process.env.TACT_BENCH_QUICK = '1';
  const ctx: BenchContext = { quick, log: (m) => process.stderr.write(m + '\n') };
  const human = (text: string) => (json ? process.stderr : process.stdout).write(text + '\n');

  // The notebook section renders the popup's components, which read their words through browser.i18n.
  const g = globalThis as { chrome?: unknown };
  g.chrome ??= { i18n: { getMessage: await enGetMessage() } };
  // Loaded only now, so a typo in the options is answered without loading alex and every section.
  const { sections } = await import('./sections');
  const report: Record<string, unknown> = {};
  let crashed = false;
  for (const section of sections) {
    const started = performance.now();
    try {
      report[section.name] = await section.run(ctx);
    } catch (err) {
      // One broken section must not hide the others' figures.
      report[section.name] = { error: (err as Error)?.message ?? String(err) };
      crashed = true;
    }
    const result = report[section.name] as object;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const body = 'error' in result || !section.format ? JSON.stringify(result, null, 2) : section.format(result);
    human(`\n== ${section.name} (${seconds} s) ==\n${body}`);
  }
  if (json) process.stdout.write(JSON.stringify(report) + '\n');
  return crashed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
