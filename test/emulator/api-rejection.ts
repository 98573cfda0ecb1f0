/** A refusal as jsforce reports a Salesforce error: the errorCode, the message, and the fields named. */
export type ApiRejection = { errorCode: string; message: string; fields: string[] | undefined };

/** The error a call fails with; a test that expected a refusal fails if the call succeeds. */
export const apiRejectionOf = async (promise: PromiseLike<unknown>): Promise<ApiRejection> => {
  try {
    await promise;
  } catch (error) {
    const { errorCode, message, data } = error as { errorCode?: string; message: string; data?: { fields?: string[] } };
    if (typeof errorCode !== 'string') throw error;
    return { errorCode, message, fields: data?.fields };
  }
  throw new Error('expected Salesforce to refuse the call, but it succeeded');
};
