/**
 * A benchmark section: one object of figures under its name in `npm run bench -- --json`.
 * Other issues add a section with one line in sections.ts.
 */
export interface BenchContext {
  /** Few iterations, for tests of the report's shape; figures are then not meaningful. */
  quick: boolean;
  /** Progress and notes for people; goes to stderr so stdout stays machine-readable. */
  log: (message: string) => void;
}

export interface BenchSection {
  name: string;
  run: (ctx: BenchContext) => Promise<object>;
  /** Human table for this section's result; sections without one are printed as indented JSON. */
  format?: (result: object) => string;
}

/** Quick mode is also readable from the environment, for sections that take no context. */
export function isQuick(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--quick') || process.env.TACT_BENCH_QUICK === '1';
}
