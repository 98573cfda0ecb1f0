import { DeadlineExceeded } from './deadline.js';

/**
 * What went wrong talking to the org, in the terms a user acts on:
 * - `expiredSession`: the org no longer accepts the session (log in again);
 * - `timeout`: no answer before the end of --wait (the org may still be working);
 * - `unreachable`: the connection failed or broke (reset, refused, the name not found), or the org answered with a
 *   server error after jsforce's own retries;
 * - `malformed`: an answer that is not what the API returns (cut, garbled, the wrong shape);
 * - `refused`: the org understood and said no, with Salesforce's error code and message.
 */
export type OrgFailureKind = 'expiredSession' | 'timeout' | 'unreachable' | 'malformed' | 'refused';

export class OrgError extends Error {
  public constructor(
    public readonly kind: OrgFailureKind,
    /** The call, in words: "the query of PermissionSetGroup", "the deploy's status". */
    public readonly what: string,
    message: string,
    public readonly errorCode?: string,
    public readonly fields?: readonly string[]
  ) {
    super(message);
    this.name = 'OrgError';
  }
}

/** An answer that lacks what the API always sends: the caller names what it expected. */
export const malformedAnswer = (what: string, expected: string): OrgError =>
  new OrgError('malformed', what, `The org's answer to ${what} is not what the API sends (${expected} expected).`);

type ErrorLike = { name?: unknown; message?: unknown; errorCode?: unknown; code?: unknown; cause?: unknown; fields?: unknown };

const SESSION = /INVALID_SESSION_ID|Session expired or invalid/i;
/** Network failures undici reports as the cause of "fetch failed" (and jsforce retries for idempotent calls). */
const UNREACHABLE_CODES = ['ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_DESTROYED', 'EAI_AGAIN'];
const TIMEOUT_CODES = ['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The codes of an error and of every cause under it (undici nests them: fetch failed -> SocketError -> ECONNRESET). */
const codesOf = (error: ErrorLike | undefined, depth = 0): string[] => {
  if (error === undefined || error === null || typeof error !== 'object' || depth > 5) return [];
  return [text(error.code), text(error.errorCode), text(error.name), ...codesOf(error.cause as ErrorLike | undefined, depth + 1)].filter(Boolean);
};

/** A Salesforce error code: upper case words (INVALID_FIELD, DUPLICATE_USERNAME), sometimes namespaced by SOAP (sf:...). */
const salesforceCode = (error: ErrorLike): string | undefined => {
  const code = text(error.errorCode) || text(error.name);
  const bare = code.replace(/^sf:/, '');
  return /^[A-Z][A-Z0-9_]+$/.test(bare) ? bare : undefined;
};

/**
 * Any error an org call ends with, as an OrgError. Nothing else leaves the org layer: an internal TypeError of a
 * library reading a garbled answer becomes `malformed`, so a user never sees "Cannot read properties of undefined".
 */
/** A failure of the transport (no answer, or none in time), or undefined when the org did answer. */
const transportFailure = (error: unknown, like: ErrorLike, codes: readonly string[], what: string): OrgError | undefined => {
  const message = text(like.message);
  // jsforce: "Request Timeout" from its own timer, an AbortError when it aborts the fetch for it.
  if (codes.some((code) => TIMEOUT_CODES.includes(code)) || message === 'Request Timeout' || text(like.name) === 'AbortError') {
    return new OrgError('timeout', what, `No answer to ${what} in time.`);
  }
  if (codes.some((code) => UNREACHABLE_CODES.includes(code)) || (error instanceof TypeError && message === 'fetch failed')) {
    return new OrgError('unreachable', what, `The connection to the org failed during ${what} (${codes.find((code) => UNREACHABLE_CODES.includes(code)) ?? 'fetch failed'}).`);
  }
  // jsforce names an answer it could not read as JSON or XML ERROR_HTTP_<status>; 5xx is the server's own failure.
  const status = /^ERROR_HTTP_(\d{3})$/.exec(text(like.errorCode) || text(like.name))?.[1];
  if (status === undefined) return undefined;
  return Number(status) >= 500
    ? new OrgError('unreachable', what, `The org answered ${what} with HTTP ${status}.`)
    : new OrgError('malformed', what, `The org answered ${what} with HTTP ${status} and a body that is not the API's.`);
};

/**
 * Any error an org call ends with, as an OrgError. Nothing else leaves the org layer: an internal TypeError of a
 * library reading a garbled answer becomes `malformed`, so a user never sees "Cannot read properties of undefined".
 */
export const asOrgError = (error: unknown, what: string): OrgError => {
  if (error instanceof OrgError) return error;
  if (error instanceof DeadlineExceeded) return new OrgError('timeout', what, `No answer to ${what} before the end of --wait.`);
  const like = (error ?? {}) as ErrorLike;
  const message = text(like.message);
  const codes = codesOf(like);
  if (codes.some((code) => SESSION.test(code)) || SESSION.test(message)) return new OrgError('expiredSession', what, 'The session is no longer valid.', 'INVALID_SESSION_ID');
  const transport = transportFailure(error, like, codes, what);
  if (transport) return transport;
  const code = salesforceCode(like);
  if (code !== undefined && !(error instanceof TypeError) && !(error instanceof SyntaxError)) {
    const fields = Array.isArray(like.fields) ? like.fields.filter((field): field is string => typeof field === 'string') : undefined;
    return new OrgError('refused', what, message || code, code, fields);
  }
  return new OrgError('malformed', what, `The org's answer to ${what} could not be read.`);
};
