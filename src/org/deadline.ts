/**
 * The one bound of a run: `--wait` from the moment the command starts. Every org call of the run shares it, so
 * that no single call, however many retries jsforce makes inside it, can outlive the time the user gave.
 */
export type Deadline = {
  /** Epoch milliseconds at which the run's time is up. */
  readonly at: number;
  /** What is left, never below zero. */
  remainingMs: () => number;
  expired: () => boolean;
};

export const deadlineAfter = (ms: number, now: () => number = Date.now): Deadline => {
  const at = now() + ms;
  return {
    at,
    remainingMs: () => Math.max(0, at - now()),
    expired: () => now() >= at,
  };
};

/** Raised by `withinDeadline` when the time is up before the call answers. */
export class DeadlineExceeded extends Error {
  public constructor(public readonly what: string) {
    super(`no answer to ${what} before the end of --wait`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * The call's answer, or DeadlineExceeded once the deadline passes: the run goes on (to exit with the right code)
 * while the request itself is aborted by its transport timeout (org/request-bounds.ts).
 */
export const withinDeadline = async <T>(deadline: Deadline, what: string, call: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(what)), deadline.remainingMs());
  });
  try {
    return await Promise.race([call, expiry]);
  } finally {
    clearTimeout(timer);
  }
};

/** Waits `ms`, or less where the deadline comes first. */
export const pause = (deadline: Deadline, ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, Math.min(ms, deadline.remainingMs()));
  });
