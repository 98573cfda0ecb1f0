/**
 * How many file operations a run keeps in flight: enough to keep the disk and libuv's threads busy while
 * the next files are rendered, few enough that the content waiting to be written stays small.
 */
export const IN_FLIGHT = 32;

/**
 * Runs `task` on every item, at most `limit` at a time, and waits for all of them; the first failure is
 * thrown once every task started has settled, so that nothing is still writing when the caller undoes.
 * No new task starts after a failure.
 */
export const inParallel = async <T>(items: readonly T[], task: (item: T) => Promise<void>, limit = IN_FLIGHT): Promise<void> => {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        // eslint-disable-next-line no-await-in-loop -- each worker runs its share one after the other
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
};

/** Runs `task` on every item, at most `limit` at a time, and returns each failure with its item: for undoing, where one failure must not stop the rest. */
export const settleInParallel = async <T>(items: readonly T[], task: (item: T) => Promise<void>, limit = IN_FLIGHT): Promise<Array<{ item: T; error: unknown }>> => {
  const failures: Array<{ item: T; error: unknown }> = [];
  await inParallel(items, (item) => task(item).catch((error: unknown) => void failures.push({ item, error })), limit);
  return failures;
};
