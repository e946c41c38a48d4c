import { addressee } from '@/lib/composers/audience';
import type { NetworkId } from '@/lib/networks';
import type { RecordCoachingRequest } from '@/lib/messaging/protocol';
import type { Outcome, SessionState } from './session-state';

/**
 * The history entry for an outcome, or null when there is nobody to file it under (no addressee
 * handle and no known contact). The draft's text goes along only when the user chose to keep it.
 */
export function coachingRecord(
  state: SessionState,
  network: NetworkId,
  outcome: Outcome,
  keepDraftText: boolean,
): RecordCoachingRequest | null {
  const person = addressee(state.audience);
  if (!person?.handle && !state.contact) return null;
  const categories = [...new Set(state.verdict?.findings.map((f) => f.category) ?? [])].slice(0, 20);
  const keep = keepDraftText && state.draft.text ? { draftText: state.draft.text.slice(0, 100_000) } : {};
  return {
    contactId: state.contact?.id,
    network,
    handle: person?.handle,
    level: outcome.level,
    categories,
    action: outcome.action,
    ...keep,
  };
}
