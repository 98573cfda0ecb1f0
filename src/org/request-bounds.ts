import { createRequire } from 'node:module';

/**
 * jsforce (under @salesforce/core) gives every request a 30-minute timeout and offers no per-call signal for
 * the calls source-deploy-retrieve makes (deploy, status checks): the only bound is the process-wide default of
 * its request module, `setDefaults({ timeout })` in @jsforce/jsforce-node/lib/request.js. That timeout covers the
 * wait for an answer's headers, jsforce's retries included, not the body; undici's own bodyTimeout (300 s by
 * default) covers a body that stalls, so the dispatcher is replaced as well (`setDispatcher`).
 *
 * The module is resolved from @salesforce/core's own location: a plugin installed by `sf plugins install` has its
 * own node_modules, and only the copy of jsforce that core loads sends the requests of core's Connection. undici
 * is resolved from that jsforce, so the dispatcher is of the version it expects.
 */
type JsforceDefaults = { httpProxy?: string; timeout?: number; followRedirect?: boolean };
type JsforceRequestModule = { setDefaults: (defaults: JsforceDefaults) => void; setDispatcher: (dispatcher?: unknown) => void };
type Handler = Record<string | symbol, unknown>;
type Dispatch = (options: unknown, handler: Handler) => boolean;
type Dispatcher = { destroy: () => Promise<void>; compose: (interceptor: (dispatch: Dispatch) => Dispatch) => Dispatcher };
type UndiciModule = { Agent: new (options: Record<string, unknown>) => Dispatcher };

const fromCore = createRequire(import.meta.resolve('@salesforce/core'));
const REQUEST_MODULE = '@jsforce/jsforce-node/lib/request';
const jsforceRequest = fromCore(REQUEST_MODULE) as JsforceRequestModule;
const undici = createRequire(fromCore.resolve(REQUEST_MODULE))('undici') as UndiciModule;

/**
 * jsforce's own defaults, as its transport module sets them when loaded (lib/transport.js): setDefaults
 * replaces the whole object, so the proxy and redirect settings are carried over with every new timeout.
 */
const jsforceDefaults = (): JsforceDefaults => ({
  httpProxy: process.env.https_proxy ?? process.env.http_proxy ?? process.env.HTTPS_PROXY ?? process.env.HTTP_PROXY ?? undefined,
  timeout: process.env.HTTP_TIMEOUT ? Number.parseInt(process.env.HTTP_TIMEOUT, 10) : undefined,
  followRedirect: true,
});

/** Every request jsforce starts from now on gives up after `ms` (at least 1 ms: 0 would mean no timeout at all). */
export const boundRequests = (ms: number): void => jsforceRequest.setDefaults({ ...jsforceDefaults(), timeout: Math.max(1, Math.ceil(ms)) });

type HandlerMethod = (...args: unknown[]) => unknown;

/**
 * jsforce pipes an answer's body without listening for its errors (lib/request.js:
 * `Readable.fromWeb(res.body).pipe(output)`): a body that fails once its headers have come (the bound reached, the
 * connection closed when the run ends) would be an uncaught exception, crashing the process with an internal
 * TypeError ("terminated"). Such a body is ended short instead: by then the caller has given up on it, or reads
 * the truncated answer as malformed.
 */
const endFailedBodies =
  (dispatch: Dispatch): Dispatch =>
  (options, handler) => {
    let started = false;
    const call = (key: string, ...args: unknown[]): unknown => (handler[key] as HandlerMethod | undefined)?.apply(handler, args);
    const wrapped = new Proxy(handler, {
      get: (target, key) => {
        if (key === 'onResponseStart') {
          return (controller: unknown, status: number, ...rest: unknown[]) => {
            if (status >= 200) started = true;
            return call('onResponseStart', controller, status, ...rest);
          };
        }
        if (key === 'onResponseError') return (controller: unknown, error: unknown) => (started ? call('onResponseEnd', controller, {}) : call('onResponseError', controller, error));
        const value = target[key];
        return typeof value === 'function' ? (value as HandlerMethod).bind(target) : value;
      },
    });
    return dispatch(options, wrapped);
  };

/**
 * For the run: requests bounded by `ms`, on a dispatcher whose headers and body timeouts are the same bound.
 * The release puts jsforce back as it was and destroys the dispatcher, aborting whatever request is still in
 * flight, so that the process ends when the command does.
 */
export const boundTransport = (ms: number): (() => Promise<void>) => {
  const bound = Math.max(1, Math.ceil(ms));
  // jsforce's own dispatcher sets connect.allowH2 false (lib/request.js): kept.
  const agent = new undici.Agent({ connect: { allowH2: false }, headersTimeout: bound, bodyTimeout: bound }).compose(endFailedBodies);
  jsforceRequest.setDispatcher(agent);
  boundRequests(bound);
  return async () => {
    jsforceRequest.setDefaults(jsforceDefaults());
    jsforceRequest.setDispatcher();
    await agent.destroy().catch(() => undefined);
  };
};
