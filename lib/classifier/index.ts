import { classifyDraft } from './classify-draft';
import { shippedModel } from './model/shipped';
import type { ClassifyInput, ClassifyOptions, Verdict } from './types';

export { MODEL_RULE_IDS } from './model';

export type * from './types';

/**
 * Scores a draft against the norms of the audience it is going to and explains, span by span, what
 * might flip the relationship. Pure and synchronous; linear in the length of the text. Without
 * `options.model` it uses the shipped learned model (null: rules alone).
 */
export function classify(input: ClassifyInput, options: ClassifyOptions = {}): Verdict {
  return classifyDraft(input, options.model === undefined ? { ...options, model: shippedModel() } : options);
}
