import { jsonReply, type Reply } from '../http-exchange.js';
import { DmlError } from '../platform/dml-error.js';
import { SoqlError } from '../soql/soql-error.js';

/** A refused data call: HTTP 400 (404 for a missing record) with [{message, errorCode, fields}]. */
export const dmlReply = (error: DmlError): Reply => jsonReply(error.httpStatus, [{ message: error.message, errorCode: error.statusCode, fields: [...error.fields] }]);

/** A refused query: HTTP 400 with [{message, errorCode}], as Salesforce answers (no fields). */
export const soqlReply = (error: SoqlError): Reply => jsonReply(400, [{ message: error.message, errorCode: error.errorCode }]);

/** Runs a handler, turning the org's refusals into Salesforce's answers; anything else is an emulator fault. */
export const answering = (handler: () => Reply): Reply => {
  try {
    return handler();
  } catch (error) {
    if (error instanceof DmlError) return dmlReply(error);
    if (error instanceof SoqlError) return soqlReply(error);
    throw error;
  }
};

export const noContent = (): Reply => ({ status: 204, contentType: 'application/json;charset=UTF-8', body: '' });
