/**
 * One composer's decision, taken at the instant of a send; nothing happens until the send watcher
 * commits it, so a send spanning several boxes (an X thread) is decided as one.
 */
export interface SendCall {
  hold: boolean;
  /** This composer's card is already holding an earlier click of the same send. */
  holding: boolean;
  /** Carry the decision out. A held box takes the held boxes sent along with it: "… anyway" releases them together. */
  commit(alongside?: readonly SendCall[]): void;
  /** Sent along with another box's held send: let exactly this text through when that send is released. */
  approve(): void;
}

/**
 * One send, one pause (review of issue 10: two flagged boxes in one X thread recorded two pauses and
 * showed two cards, and "… anyway" on one was held again by the other). If any box flips, the send is
 * held once, on one box's card: the one already holding it, else the first that flips. The other
 * flipped boxes keep their badges and go out with it. Returns whether the page's event must be held.
 */
export function settleSend(calls: readonly SendCall[]): boolean {
  const held = calls.filter((c) => c.hold);
  if (!held.length) {
    for (const c of calls) c.commit();
    return false;
  }
  const lead = held.find((c) => c.holding) ?? held[0];
  lead.commit(held.filter((c) => c !== lead));
  return true;
}
