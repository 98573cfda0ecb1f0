import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatedOrg } from './emulated-org.js';
import { normalisePath, restError, type Exchange, type Reply } from './http-exchange.js';
import { handleRest } from './rest-api.js';
import { requestKind } from './requests/request-kind.js';
import type { RequestLog } from './requests/request-log.js';
import { handleSoap, SOAP_PATH } from './soap-api.js';

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const route = async (org: EmulatedOrg, exchange: Exchange): Promise<Reply> => {
  const soap = SOAP_PATH.exec(exchange.path);
  return soap ? handleSoap(org, exchange, soap[1] ?? '', org.apiVersion) : handleRest(org, exchange);
};

/** The HTTP listener: reads each request in full, hands it to the SOAP or REST side, writes the reply. */
export const createRequestListener =
  (org: EmulatedOrg, log: RequestLog) =>
  async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // Not new URL(): it would read a path starting with // (sf's trailing-slash instanceUrl) as a host.
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const exchange: Exchange = {
      method: request.method ?? 'GET',
      path: normalisePath(queryAt < 0 ? target : target.slice(0, queryAt)),
      query: new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1)),
      headers: request.headers,
      body: await readBody(request),
    };
    log.record({ method: exchange.method, path: exchange.path, ...requestKind(exchange.method, exchange.path, exchange.query, exchange.body) });
    let reply: Reply;
    try {
      reply = await route(org, exchange);
    } catch (error) {
      // A bug in the emulator or a request it cannot read: say so in the answer, where the test will see it.
      reply = restError(500, 'UNKNOWN_EXCEPTION', `Org emulator: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    response.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': Buffer.byteLength(reply.body) });
    response.end(reply.body);
  };
