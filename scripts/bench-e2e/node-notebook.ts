import { notebookSection } from '../../bench/notebook';

// The Node notebook figures (fake-indexeddb, linkedom), run in a child process so its globals (an in-memory
// indexedDB, a fake document) stay out of the process driving Chromium. Prints one JSON object.
const quick = process.argv.includes('--quick');
notebookSection.run({ quick, log: (m) => process.stderr.write(m + '\n') }).then(
  (result) => process.stdout.write(JSON.stringify(result) + '\n'),
  (err) => {
    process.stderr.write(String(err?.stack ?? err) + '\n');
    process.exitCode = 1;
  },
);
