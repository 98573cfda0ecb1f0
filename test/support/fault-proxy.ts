import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What can go wrong between the plugin and an org, as issue 9 lists it:
 * - `hang`: the request is read and never answered;
 * - `reset`: the connection is dropped without an answer;
 * - `expireSession`: the org answers as to an expired session (REST 401 INVALID_SESSION_ID, a SOAP fault);
 * - `garble`: the org's answer, cut in half and followed by noise, under its own content type;
 * - `serverError`: HTTP 500 with an HTML page, as a proxy or an overloaded instance answers;
 * - `stallBody`: the answer's headers and half its body, then nothing.
 */
export type Fault = 'hang' | 'reset' | 'expireSession' | 'garble' | 'serverError' | 'stallBody';

export type ProxiedRequest = { method: string; path: string; body: string };

/** A fault for the requests `when` matches; `times` of them (all, by default), counted from when it is set. */
export type FaultRule = { fault: Fault; when: (request: ProxiedRequest) => boolean; times?: number };

export type FaultProxy = {
  /** The proxy's URL: log in with it as the instance URL and every call passes through. */
  url: string;
  inject: (rule: FaultRule) => void;
  clear: () => void;
  /** The requests a fault was applied to, as `<fault> <method> <path>`. */
  readonly faulted: readonly string[];
  stop: () => Promise<void>;
};

/** Matchers for the calls a deploy makes. */
export const soapCall = (operation: string) => (request: ProxiedRequest): boolean => request.path.includes('/services/Soap/m/') && request.body.includes(`<${operation}`);
export const restCall = (pathPart: string, method?: string) => (request: ProxiedRequest): boolean =>
  request.path.includes(pathPart) && (method === undefined || request.method === method);
export const anyCall = (): boolean => true;

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

type Upstream = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

const forward = (target: URL, request: IncomingMessage, body: Buffer): Promise<Upstream> =>
  new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        void readBody(answer).then((data) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }), reject);
      }
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });

const expiredAnswer = (response: ServerResponse, soap: boolean): void => {
  if (soap) {
    response.writeHead(500, { 'content-type': 'text/xml;charset=UTF-8' });
    response.end(
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="http://soap.sforce.com/2006/04/metadata">' +
        '<soapenv:Body><soapenv:Fault><faultcode>sf:INVALID_SESSION_ID</faultcode><faultstring>INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>'
    );
    return;
  }
  response.writeHead(401, { 'content-type': 'application/json;charset=UTF-8' });
  response.end(JSON.stringify([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]));
};

/** An HTTP proxy in front of an org (the emulator) that injects faults into the calls a test picks. */
export const startFaultProxy = async (upstreamUrl: string): Promise<FaultProxy> => {
  const target = new URL(upstreamUrl);
  const rules: Array<FaultRule & { left: number }> = [];
  const faulted: string[] = [];
  const sockets = new Set<Socket>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    const seen: ProxiedRequest = { method: request.method ?? 'GET', path: request.url ?? '/', body: body.toString('utf8') };
    const rule = rules.find((candidate) => candidate.left > 0 && candidate.when(seen));
    if (rule === undefined) {
      const answer = await forward(target, request, body);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
      return;
    }
    rule.left -= 1;
    faulted.push(`${rule.fault} ${seen.method} ${seen.path}`);
    switch (rule.fault) {
      case 'hang':
        return;
      case 'reset':
        request.socket.resetAndDestroy();
        return;
      case 'expireSession':
        expiredAnswer(response, seen.path.includes('/services/Soap/'));
        return;
      case 'serverError':
        response.writeHead(500, { 'content-type': 'text/html' });
        response.end('<html><body><h1>500 Internal Server Error</h1></body></html>');
        return;
      case 'garble': {
        const answer = await forward(target, request, body);
        const cut = answer.body.subarray(0, Math.floor(answer.body.length / 2));
        const garbled = Buffer.concat([cut, Buffer.from('\u0000}]>\u00ff<<garbled', 'latin1')]);
        response.writeHead(answer.status, { 'content-type': String(answer.headers['content-type'] ?? 'application/json'), 'content-length': garbled.length });
        response.end(garbled);
        return;
      }
      case 'stallBody': {
        const answer = await forward(target, request, body);
        response.writeHead(answer.status, { 'content-type': String(answer.headers['content-type'] ?? 'application/json'), 'content-length': answer.body.length });
        response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        return;
      }
      default:
        throw new Error(`unknown fault ${String(rule.fault)}`);
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    inject: (rule) => rules.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY }),
    clear: () => {
      rules.length = 0;
    },
    faulted,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
};
