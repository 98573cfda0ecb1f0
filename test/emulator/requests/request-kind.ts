/** Which API a request went to: the SOAP Metadata API, the REST API (data, Tooling, Metadata REST), or OAuth. */
export type RequestApi = 'SOAP' | 'REST' | 'OAuth';

/** What a request did, in the terms of the API's own calls: query, create, describe, metadata:deploy... */
export type RequestKind = { api: RequestApi; kind: string; target?: string };

const SOAP_OPERATION = /<(?:[\w-]+:)?Body[^>]*>\s*<(?:[\w-]+:)?(\w+)/;
const QUERY_OBJECT = /\bFROM\s+(\w+)/i;

const SOBJECT_CALLS: Readonly<Record<string, string>> = { GET: 'retrieve', PATCH: 'update', DELETE: 'delete' };
const COLLECTION_CALLS: Readonly<Record<string, string>> = { POST: 'create', PATCH: 'update', DELETE: 'delete' };

type Kind = { kind: string; target?: string };

/** /sobjects: describeGlobal; /sobjects/{Type}[/describe]: describe; POST: create; /sobjects/{Type}/{Id}: retrieve, update, delete. */
const sobjectKind = (method: string, type: string | undefined, second: string | undefined): Kind => {
  if (type === undefined) return { kind: 'describeGlobal' };
  if (second === 'describe' || (second === undefined && method === 'GET')) return { kind: 'describe', target: type };
  if (second === undefined) return { kind: method === 'POST' ? 'create' : method.toLowerCase(), target: type };
  return { kind: SOBJECT_CALLS[method] ?? method.toLowerCase(), target: type };
};

/** A query, with the object it reads; the pages after the first are queryMore. */
const queryKind = (root: string, locator: string | undefined, query: URLSearchParams): Kind => {
  if (locator !== undefined) return { kind: 'queryMore' };
  const object = QUERY_OBJECT.exec(query.get('q') ?? '')?.[1];
  return object === undefined ? { kind: root } : { kind: root, target: object };
};

/** A data call's kind from its resource under /services/data/vNN.0 (the Tooling API's are prefixed tooling:). */
const dataKind = (method: string, resource: string, query: URLSearchParams): Kind => {
  const [root, second, third] = resource.split('/').filter(Boolean);
  if (root === 'tooling') {
    const tooling = dataKind(method, resource.slice('/tooling'.length), query);
    return { ...tooling, kind: `tooling:${tooling.kind}` };
  }
  if (root === 'query' || root === 'queryAll') return queryKind(root, second, query);
  if (root === 'sobjects') return sobjectKind(method, second, third);
  if (root === 'composite' && second === undefined) return { kind: 'composite' };
  if (root === 'composite' && second === 'sobjects') return third === undefined ? { kind: `collections:${COLLECTION_CALLS[method] ?? method.toLowerCase()}` } : { kind: 'collections:retrieve', target: third };
  if (root === 'metadata' && second === 'deployRequest') return { kind: third === undefined ? 'metadata:deploy' : 'metadata:checkDeployStatus' };
  return { kind: `${method} ${resource}` };
};

/**
 * Names a request as a benchmark counts it ("requests per integration"): the SOAP operation in the body, the
 * REST resource and method, the object a query or sObject call is about.
 */
export const requestKind = (method: string, path: string, query: URLSearchParams, body: Buffer): RequestKind => {
  if (path.startsWith('/services/Soap/')) return { api: 'SOAP', kind: `metadata:${SOAP_OPERATION.exec(body.toString('utf8'))?.[1] ?? 'unknown'}` };
  if (path.startsWith('/services/oauth2/')) return { api: 'OAuth', kind: path.slice('/services/oauth2/'.length) };
  if (path === '/services/data') return { api: 'REST', kind: 'versions' };
  const versioned = /^\/services\/data\/v\d+\.\d+(\/.*)?$/.exec(path);
  return { api: 'REST', ...(versioned ? dataKind(method, versioned[1] ?? '', query) : { kind: `${method} ${path}` }) };
};
