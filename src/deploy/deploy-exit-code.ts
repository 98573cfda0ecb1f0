/**
 * The sf exit codes: 0 success, 1 failure, 68 partial success, 69 still in progress. A deploy started with
 * --async is a success of the command: it returns the id at once, like `sf project deploy start --async`.
 */
export const deployExitCode = (status: string, done: boolean, async: boolean): number => {
  if (!done) return async ? 0 : 69;
  if (status === 'Succeeded') return 0;
  if (status === 'SucceededPartial') return 68;
  return 1;
};
