import type { IncomingHttpHeaders } from 'node:http';

/** One request, read in full: the handlers are functions from this to a Reply, with no streams to manage. */
export type Exchange = {
  method: string;
  /** With duplicate slashes collapsed and no trailing slash: sf stores instanceUrl with one, giving //services/... */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
};

export type Reply = { status: number; contentType: string; body: string };

export const jsonReply = (status: number, value: unknown): Reply => ({ status, contentType: 'application/json;charset=UTF-8', body: JSON.stringify(value) });

export const xmlReply = (status: number, text: string): Reply => ({ status, contentType: 'text/xml;charset=UTF-8', body: text });

/** REST errors come as a list of { message, errorCode }, whatever the status. */
export const restError = (status: number, errorCode: string, message: string): Reply => jsonReply(status, [{ message, errorCode }]);

export const notFound = (): Reply => restError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const normalisePath = (rawPath: string): string => rawPath.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');

/** The token of an "Authorization: Bearer …" (or the older "OAuth …") header. */
export const bearerToken = (headers: IncomingHttpHeaders): string | undefined => /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
