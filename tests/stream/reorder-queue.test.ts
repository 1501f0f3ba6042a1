import fc from 'fast-check';
import { createReorderQueue } from '../../src/stream/create-reorder-queue';

/** A promise with its settlement in the test's hands. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createReorderQueue', () => {
  test('results come back in input order whatever order the work finishes in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }))), async ([n, finishOrder]) => {
        const queue = createReorderQueue<number>();
        const work = Array.from({ length: n }, () => deferred<number>());
        work.forEach((w) => queue.push(w.promise));
        for (const i of finishOrder) (work[i] as (typeof work)[number]).resolve(i);
        const out: number[] = [];
        while (queue.size() > 0) out.push(await queue.shift());
        expect(out).toEqual([...Array(n).keys()]);
      }),
    );
  });

  test('a later piece finishing wakes the waiter, though the oldest is still running', async () => {
    const queue = createReorderQueue<string>();
    const first = deferred<string>();
    const second = deferred<string>();
    queue.push(first.promise);
    queue.push(second.promise);
    let woke = false;
    const waiting = queue.nextSettlement().then(() => (woke = true));
    await tick();
    expect(woke).toBe(false);
    second.resolve('second');
    await waiting;
    expect(woke).toBe(true);
    expect(queue.headSettled()).toBe(false);
    first.resolve('first');
    await tick();
    expect(queue.headSettled()).toBe(true);
    expect(await queue.shift()).toBe('first');
  });

  test('a failure is the failing piece\'s own result; an abandoned failure is ignored', async () => {
    const queue = createReorderQueue<string>();
    const ok = deferred<string>();
    const bad = deferred<string>();
    queue.push(ok.promise);
    queue.push(bad.promise);
    bad.reject(new Error('worker failed'));
    ok.resolve('ok');
    expect(await queue.shift()).toBe('ok');
    await expect(queue.shift()).rejects.toThrow('worker failed');

    const left = createReorderQueue<string>();
    const late = deferred<string>();
    left.push(late.promise);
    left.abandon();
    late.reject(new Error('nobody waits'));
    await tick();
    expect(left.size()).toBe(0);
  });

  test('nothing to wait for: nextSettlement resolves at once, shift on empty throws', async () => {
    const queue = createReorderQueue<number>();
    await expect(queue.nextSettlement()).resolves.toBeUndefined();
    expect(() => queue.shift()).toThrow('reorder queue is empty');
  });
});
