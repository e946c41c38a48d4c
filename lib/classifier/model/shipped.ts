import type { LoadedModel } from './model-codec';
import { decodeModel } from './model-codec';
import { MODEL_DATA } from './model.generated';

let committed: LoadedModel | null | undefined;

/**
 * The model that ships, decoded on first use (a few milliseconds) and kept. A model that cannot be
 * decoded is reported once and the coach runs on its rules, rather than failing on every keystroke.
 */
export function shippedModel(): LoadedModel | null {
  if (committed === undefined) {
    try {
      committed = decodeModel(MODEL_DATA);
    } catch (error) {
      console.error('Tact: the learned model could not be loaded; coaching with rules alone.', error);
      committed = null;
    }
  }
  return committed;
}
