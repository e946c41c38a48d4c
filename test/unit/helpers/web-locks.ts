/**
 * An exclusive-mode Web Locks manager as the spec describes it (what `navigator.locks` is in every page
 * and worker of one origin): requests for one name are granted one at a time, in the order made, and a
 * lock is held until the callback's promise settles. Node 20 has no `navigator.locks`.
 */
export class TestLockManager {
  private readonly tails = new Map<string, Promise<unknown>>();
  /** Names in the order their locks were granted. */
  readonly granted: string[] = [];

  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    const before = this.tails.get(name) ?? Promise.resolve();
    const held = before.then(() => {
      this.granted.push(name);
      return callback();
    });
    this.tails.set(
      name,
      held.catch(() => undefined),
    );
    return held;
  }
}
