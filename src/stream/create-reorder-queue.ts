/**
 * Results of work started in input order, taken back in that order, with a wake-up on any
 * completion: the JSONL pool writes batch 1 before batch 2 however the workers finish, yet a
 * worker that finishes early is noticed at once (waiting for the oldest batch left it idle).
 */
export interface ReorderQueue<T> {
  /** Adds the next piece of work, in input order. */
  push(work: Promise<T>): void;
  /** The oldest piece of work has settled (shift() will not wait). */
  headSettled(): boolean;
  /** Removes the oldest piece of work; rejects with its error. */
  shift(): Promise<T>;
  size(): number;
  /** Resolves when any queued piece of work settles after this call (at once when the queue is empty). */
  nextSettlement(): Promise<void>;
  /** Stops waiting for what is queued; its failures are ignored. */
  abandon(): void;
}

interface Slot<T> {
  readonly work: Promise<T>;
  settled: boolean;
}

export function createReorderQueue<T>(): ReorderQueue<T> {
  const slots: Array<Slot<T>> = [];
  let wake: (() => void) | undefined;
  const settle = (slot: Slot<T>): void => {
    slot.settled = true;
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  return {
    push(work: Promise<T>): void {
      const slot: Slot<T> = { work, settled: false };
      work.then(
        () => settle(slot),
        () => settle(slot),
      );
      slots.push(slot);
    },
    headSettled: () => slots[0]?.settled === true,
    shift(): Promise<T> {
      const slot = slots.shift();
      if (slot === undefined) throw new Error('reorder queue is empty');
      return slot.work;
    },
    size: () => slots.length,
    nextSettlement(): Promise<void> {
      if (slots.every((slot) => slot.settled)) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const previous = wake;
        wake = () => {
          previous?.();
          resolve();
        };
      });
    },
    abandon(): void {
      for (const slot of slots) slot.work.catch(() => undefined);
      slots.length = 0;
    },
  };
}
