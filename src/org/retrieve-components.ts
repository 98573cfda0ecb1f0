import type { Connection } from '@salesforce/core';
import { ComponentSet, MetadataApiRetrieve, RequestStatus, ZipTreeContainer, type FileProperties, type MetadataApiRetrieveStatus } from '@salesforce/source-deploy-retrieve';

/** A component by type and name, as a package.xml lists it. */
export type ComponentMember = { type: string; fullName: string };

/** A component's XML as the org returned it, keyed by `retrievedKey`. */
export type RetrievedComponents = ReadonlyMap<string, string>;

/** Salesforce compares names without case: `PermissionSet:erp_order_sync_orders`. */
export const retrievedKey = ({ type, fullName }: ComponentMember): string => `${type}:${fullName.toLowerCase()}`;

export type RetrieveOptions = {
  /** The package.xml version (the project's sourceApiVersion); the org's highest otherwise. */
  apiVersion?: string;
  /** How long to wait for the org before giving up. */
  timeoutMs: number;
  /** Waits between status checks: the first, then growing to a second. */
  firstPollMs?: number;
};

export class RetrieveFailedError extends Error {}

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Status checks, one after the other, until the org is done or the time is up. */
const finished = async (retrieve: MetadataApiRetrieve, options: RetrieveOptions): Promise<MetadataApiRetrieveStatus> => {
  const deadline = Date.now() + options.timeoutMs;
  for (let wait = options.firstPollMs ?? 100; ; wait = Math.min(1000, wait * 2)) {
    // Polling: each check waits for the one before.
    // eslint-disable-next-line no-await-in-loop
    const status = await retrieve.checkStatus();
    if (status.done) return status;
    if (Date.now() + wait > deadline) throw new RetrieveFailedError(`The retrieve ${retrieve.id ?? ''} did not finish within ${Math.round(options.timeoutMs / 1000)} s.`);
    // eslint-disable-next-line no-await-in-loop
    await pause(wait);
  }
};

/**
 * The components' files, read from the org through source-deploy-retrieve's Metadata API retrieve (SOAP), in
 * the metadata format the org writes, held in memory: nothing the org returns is written to disk, what a
 * retrieve adds (keys, links, status) included. A member the org does not hold is absent from the map. Only
 * the members asked for are retrieved: callers never ask for what holds a secret (the global OAuth settings).
 */
export const retrieveComponents = async (connection: Connection, members: readonly ComponentMember[], options: RetrieveOptions): Promise<RetrievedComponents> => {
  if (members.length === 0) return new Map();
  const components = new ComponentSet(members.map(({ type, fullName }) => ({ type, fullName })));
  if (options.apiVersion) components.sourceApiVersion = options.apiVersion;
  // `output` is where SDR would write a finished retrieve; the result is read here instead, so it is never used.
  const retrieve = new MetadataApiRetrieve({ usernameOrConnection: connection, components, output: '', suppressEvents: true });
  await retrieve.start();
  const status = await finished(retrieve, options);
  if (status.status !== RequestStatus.Succeeded || !status.zipFile) {
    const problems = [status.messages ?? []].flat().map(({ problem }) => problem);
    throw new RetrieveFailedError(`The retrieve ${status.id} ended ${status.status}${problems.length > 0 ? `: ${problems.join('; ')}` : ''}.`);
  }
  const zip = await ZipTreeContainer.create(Buffer.from(status.zipFile, 'base64'));
  const asked = new Set(members.map(retrievedKey));
  const files = [status.fileProperties ?? []].flat().filter((properties: FileProperties) => asked.has(retrievedKey(properties)));
  return new Map(await Promise.all(files.map(async (properties) => [retrievedKey(properties), (await zip.readFile(properties.fileName)).toString('utf8')] as const)));
};
