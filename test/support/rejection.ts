import { SfError } from '@salesforce/core';
import { OrgError } from '../../src/org/org-error.js';

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

/** The OrgError an org call ends with; a test expecting a failure fails when it succeeds or throws anything else. */
export const orgFailureOf = async (call: Promise<unknown>): Promise<OrgError> => {
  try {
    await call;
  } catch (error) {
    if (error instanceof OrgError) return error;
    throw error;
  }
  throw new Error('expected an OrgError, but the call succeeded');
};
