import { classifierSection } from './classifier-section';
import { notebookSection } from './notebook';
import { outreachSection } from './outreach';
import type { BenchSection } from './section';

/** Every section `npm run bench` runs, in order; add yours with one line. */
export const sections: BenchSection[] = [classifierSection, notebookSection, outreachSection];
