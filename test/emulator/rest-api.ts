import { apiVersions, isServedVersion } from './api-versions.js';
import { withoutDetails, type DeployResult } from './deploy/deploy-result.js';
import type { EmulatedOrg } from './emulated-org.js';
import { bearerToken, jsonReply, notFound, restError, type Exchange, type Reply } from './http-exchange.js';
import { readMultipart } from './multipart.js';
import { userInfo } from './org-records.js';
import { dispatchData, isDataResource } from './data-api/data-routes.js';

/** Under /services/data/vNN.0: sobjects, query and the Metadata REST API. */
const VERSIONED_PATH = /^\/services\/data\/v(\d+\.\d+)(\/.*)$/;

/** The 401 Salesforce answers to any REST call with an expired, revoked or unknown token. */
const invalidSession = (): Reply => restError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');

/** REST gives dates with a numeric offset (2026-03-01T10:00:00.000+0000) where SOAP gives Z. */
const restDates = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (_key, item: unknown) => (typeof item === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(item) ? item.replace(/Z$/, '+0000') : item)) as T;

const deployRequest = (org: EmulatedOrg, id: string, version: string, result: DeployResult, rawOptions: Readonly<Record<string, unknown>>): Record<string, unknown> => ({
  id,
  validatedDeployRequestId: null,
  url: `${org.instanceUrl}/services/data/v${version}/metadata/deployRequest/${id}`,
  deployOptions: rawOptions,
  deployResult: restDates(result),
});

const startDeploy = async (org: EmulatedOrg, exchange: Exchange, version: string): Promise<Reply> => {
  const parts = await readMultipart(exchange.body, exchange.headers['content-type'] ?? '');
  const zip = parts.get('file');
  if (!zip) return restError(400, 'INVALID_INPUT', 'Missing the file part with the zipped package');
  const entity = JSON.parse(parts.get('entity_content')?.toString('utf8') ?? '{}') as { deployOptions?: Record<string, unknown> };
  const job = await org.jobs.submitDeploy('REST', version, zip, entity.deployOptions);
  return jsonReply(201, deployRequest(org, job.id, version, job.queued(), job.options.raw));
};

const deployStatus = (org: EmulatedOrg, exchange: Exchange, version: string, id: string): Reply => {
  const job = org.jobs.findDeploy(id);
  const result = org.jobs.checkDeploy(id);
  if (!job || !result) return notFound();
  const shown = exchange.query.get('includeDetails') === 'true' ? result : withoutDetails(result);
  return jsonReply(200, deployRequest(org, job.id, version, shown, job.options.raw));
};

/** A data call: its JSON body read (a body that is not JSON is JSON_PARSER_ERROR), then the data API. */
const dataCall = (org: EmulatedOrg, exchange: Exchange, version: string, resource: string): Reply => {
  let body: unknown;
  try {
    body = exchange.body.length === 0 ? undefined : (JSON.parse(exchange.body.toString('utf8')) as unknown);
  } catch (error) {
    // unverified wording
    return restError(400, 'JSON_PARSER_ERROR', `Unexpected character in the request body: ${error instanceof Error ? error.message : String(error)}`);
  }
  const context = { db: org.db, pages: org.queryPages, version, api: 'data' as const };
  return dispatchData(context, { method: exchange.method, resource, query: exchange.query, body, headers: exchange.headers });
};

/** The REST calls a deploy makes, and those AuthInfo makes to learn who and where the user is. */
export const handleRest = async (org: EmulatedOrg, exchange: Exchange): Promise<Reply> => {
  const { method, path } = exchange;
  // The version list is public: clients read it before they authenticate anything.
  if (method === 'GET' && path === '/services/data') return jsonReply(200, apiVersions(org.apiVersion));

  if (path === '/services/oauth2/userinfo') {
    // The OAuth endpoints are not the REST API and answer a bad token differently.
    if (!org.isValidSession(bearerToken(exchange.headers))) return { status: 403, contentType: 'text/plain', body: 'Bad_OAuth_Token' };
    return jsonReply(200, userInfo(org, org.db.get('User', org.userId) ?? {}));
  }

  const versioned = VERSIONED_PATH.exec(path);
  if (!versioned) return notFound();
  const [, version = '', resource = ''] = versioned;
  if (!org.isValidSession(bearerToken(exchange.headers))) return invalidSession();
  if (!isServedVersion(version, org.apiVersion)) return notFound();

  if (isDataResource(resource)) return dataCall(org, exchange, version, resource);
  if (method === 'POST' && resource === '/metadata/deployRequest') return startDeploy(org, exchange, version);
  const status = /^\/metadata\/deployRequest\/(\w+)$/.exec(resource);
  if (method === 'GET' && status) return deployStatus(org, exchange, version, status[1] ?? '');
  return notFound();
};
