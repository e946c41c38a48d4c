import type { LoadedModel } from '@/lib/classifier/model';
import { decodeModel } from '@/lib/classifier/model/model-codec';
import { send } from '@/runtime/messaging';

/**
 * The learned model's weights are a fifth of the content script gzipped; every coached page would
 * parse them. The background holds them and hands them over once per page instead. Until they arrive,
 * or if they cannot, the coach judges with its rules alone.
 */
export async function loadModel(logOnce: (key: string, err: unknown) => void): Promise<LoadedModel | null> {
  try {
    return decodeModel(await send('coach.model', {}));
  } catch (err) {
    logOnce('model', err);
    return null;
  }
}
