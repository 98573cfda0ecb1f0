import { SfError } from '@salesforce/core';

/** The SfError a promise rejects with; a test that expected a refusal fails when it resolves or throws anything else. */
export const rejectionOf = async (promise: Promise<unknown>): Promise<SfError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SfError) return error as SfError;
    throw error;
  }
  throw new Error('expected a refusal (an SfError), but it succeeded');
};

/** The SfError a call throws; a test that expected a refusal fails when it returns or throws anything else. */
export const refusalOf = (call: () => unknown): SfError => {
  try {
    call();
  } catch (error) {
    if (error instanceof SfError) return error as SfError;
    throw error;
  }
  throw new Error('expected a refusal (an SfError), but it succeeded');
};
