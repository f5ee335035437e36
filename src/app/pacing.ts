/**
 * In-process pacing of inbound traffic: messages from one sender are handled in order, one at a
 * time, and a sender over the limit gets one warning, then silence until the window frees up.
 */

/** Runs tasks with the same key one after another; different keys run independently. */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

/** A sliding window of `limit` messages per `windowMs` for each key. */
export class RateLimiter {
  private hits = new Map<string, number[]>();
  private warned = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** 'ok' to handle, 'warn' for the first message over the limit, 'drop' after that. */
  hit(key: string, nowMs: number): 'ok' | 'warn' | 'drop' {
    const recent = (this.hits.get(key) ?? []).filter((t) => nowMs - t < this.windowMs);
    if (recent.length < this.limit) {
      recent.push(nowMs);
      this.hits.set(key, recent);
      this.warned.delete(key);
      return 'ok';
    }
    this.hits.set(key, recent);
    if (this.warned.has(key)) return 'drop';
    this.warned.add(key);
    return 'warn';
  }
}
