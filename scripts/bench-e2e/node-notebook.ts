import { enGetMessage } from '../i18n/en-get-message';

// The Node notebook figures (fake-indexeddb, linkedom), run in a child process so its globals (an in-memory
// indexedDB, a fake document) stay out of the process driving Chromium. Prints one JSON object.
const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  // The notebook's components read their words through browser.i18n (as in bench/index.ts): English here.
  const g = globalThis as { chrome?: unknown };
  g.chrome ??= { i18n: { getMessage: await enGetMessage() } };
  const { notebookSection } = await import('../../bench/notebook');
  const result = await notebookSection.run({ quick, log: (m) => process.stderr.write(m + '\n') });
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((err) => {
  process.stderr.write(String(err?.stack ?? err) + '\n');
  process.exitCode = 1;
});
