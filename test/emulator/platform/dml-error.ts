/**
 * A write the org refuses, as Salesforce reports it: a status code, its message and the fields concerned.
 * The REST layer renders it as HTTP 400 [{message, errorCode, fields}], or in a collection's SaveResult as
 * {statusCode, message, fields}.
 */
export class DmlError extends Error {
  public constructor(
    public readonly statusCode: string,
    message: string,
    public readonly fields: readonly string[] = [],
    /** 404 for a record that is not there, 400 for everything else. */
    public readonly httpStatus = 400
  ) {
    super(message);
    this.name = 'DmlError';
  }
}

/** The answer to an Id the org does not have (REST: 404, "The requested resource does not exist"). */
export const notFoundError = (): DmlError => new DmlError('NOT_FOUND', 'The requested resource does not exist', [], 404);
