import { restError, notFound, type Reply } from '../http-exchange.js';
import { collectionsRoute } from './collections.js';
import { compositeRoute } from './composite.js';
import type { DataContext, DataRequest } from './data-context.js';
import { answering } from './error-replies.js';
import { queryRoute } from './query-routes.js';
import { sobjectRoute } from './sobject-routes.js';

/**
 * Every data call under /services/data/vNN.0 (and /tooling): sObjects and describes, queries and their pages,
 * sObject Collections, composite requests. Composite subrequests come back through here.
 */
export const dispatchData = (context: DataContext, request: DataRequest): Reply =>
  answering(() => {
    if (request.resource.startsWith('/tooling/') && context.api === 'data') {
      return dispatchData({ ...context, api: 'tooling' }, { ...request, resource: request.resource.slice('/tooling'.length) });
    }
    return (
      sobjectRoute(context, request) ??
      queryRoute(context, request) ??
      collectionsRoute(context, request) ??
      compositeRoute(context, request, dispatchData) ??
      (request.resource.startsWith('/sobjects') || request.resource.startsWith('/query') || request.resource.startsWith('/composite')
        ? restError(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${request.method}' not allowed. Allowed are GET,PATCH,POST,DELETE`) // unverified wording
        : notFound())
    );
  });

/** Whether the data API answers this resource (the Metadata REST API and others are routed elsewhere). */
export const isDataResource = (resource: string): boolean => /^\/(tooling\/)?(sobjects|query|queryAll|composite)(\/|$)/.test(resource);
