/** Budgets from issue 4, with 10,000 contacts in the notebook: in Node (bench/notebook.ts) and in Chromium (bench:e2e). */
export const NOTEBOOK_LIMITS = { firstRenderMs: 150, searchMs: 16, import10kMs: 2000 };
