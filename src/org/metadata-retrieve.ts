import JSZip from 'jszip';
import { pause, withinDeadline } from './deadline.js';
import { asOrgError, malformedAnswer } from './org-error.js';
import type { OrgSession } from './org-session.js';

/** A component by its Metadata API type and full name. */
export type MemberName = { type: string; fullName: string };

/**
 * What a retrieve found: each component present (`Type:FullName`, as the org names it), the files it came back as
 * (zip paths), and each component's file (by `memberKey`: the org's names are not case-sensitive).
 */
export type RetrievedMembers = { present: ReadonlySet<string>; files: ReadonlyMap<string, Buffer>; fileOf: ReadonlyMap<string, string> };

/** Salesforce compares API names without case: `PermissionSet:erp_order_sync_orders` finds `ERP_Order_Sync_Orders`. */
const memberKey = ({ type, fullName }: MemberName): string => `${type}:${fullName.toLowerCase()}`;

/**
 * A component's file as the org wrote it, or undefined where the org does not hold it. Its name in fileProperties
 * is its path in the zip (as the emulator answers; for a single-package retrieve that the org adds no folder in
 * front is unverified).
 */
export const retrievedText = (retrieved: RetrievedMembers, member: MemberName): string | undefined => {
  const fileName = retrieved.fileOf.get(memberKey(member));
  return fileName === undefined ? undefined : retrieved.files.get(fileName)?.toString('utf8');
};

type RetrieveStatus = { done?: unknown; success?: unknown; status?: unknown; zipFile?: unknown; fileProperties?: unknown; errorMessage?: unknown };

const asList = <T>(value: T | T[] | undefined | null): T[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The members grouped by type, as an unpackaged package.xml lists them. */
const packageOf = (members: readonly MemberName[], version: string) => {
  const byType = new Map<string, string[]>();
  for (const { type, fullName } of members) byType.set(type, [...(byType.get(type) ?? []), fullName]);
  return { types: [...byType].map(([name, names]) => ({ name, members: [...new Set(names)].sort() })), version };
};

/**
 * Retrieves components by name (Metadata API retrieve, SOAP), within the run's deadline, and says which the org
 * holds: a member it lacks is absent from fileProperties (and named in messages), which is how the plugin learns
 * what exists without listing every component of a type. The zip is read in memory, never written to disk.
 */
export const retrieveMembers = async (session: OrgSession, members: readonly MemberName[], apiVersion: string): Promise<RetrievedMembers> => {
  if (members.length === 0) return { present: new Set(), files: new Map(), fileOf: new Map() };
  const what = `the retrieve of ${members.length} component(s)`;
  try {
    session.boundMetadataCalls();
    // jsforce types `unpackaged` as a full Package; a retrieve's package.xml needs only its types and version.
    const request = { apiVersion: Number(apiVersion), singlePackage: true, unpackaged: packageOf(members, apiVersion) } as unknown as Parameters<typeof session.connection.metadata.retrieve>[0];
    const accepted = (await withinDeadline(session.deadline, what, Promise.resolve(session.connection.metadata.retrieve(request)))) as { id?: unknown };
    if (typeof accepted?.id !== 'string') throw malformedAnswer(what, 'the id of the retrieve');
    const id = accepted.id;
    for (;;) {
      session.boundMetadataCalls();
      // One status check at a time, each waiting for the last: polling.
      // eslint-disable-next-line no-await-in-loop
      const status = (await withinDeadline(session.deadline, what, session.connection.metadata.checkRetrieveStatus(id))) as RetrieveStatus;
      if (typeof status?.done !== 'boolean' && status?.done !== 'true' && status?.done !== 'false') throw malformedAnswer(what, 'a retrieve status');
      // eslint-disable-next-line no-await-in-loop -- the last turn of the polling loop
      if (status.done === true || status.done === 'true') return await readRetrieved(status, what);
      // eslint-disable-next-line no-await-in-loop
      await pause(session.deadline, 200);
    }
  } catch (error) {
    throw asOrgError(error, what);
  }
};

const readRetrieved = async (status: RetrieveStatus, what: string): Promise<RetrievedMembers> => {
  if (status.status === 'Failed') throw malformedAnswer(what, `a retrieve that succeeded (${typeof status.errorMessage === 'string' ? status.errorMessage : 'Failed'})`);
  const properties = asList(status.fileProperties as Array<{ type?: unknown; fullName?: unknown; fileName?: unknown }> | undefined)
    .filter(({ type }) => typeof type === 'string' && type !== 'Package')
    .map(({ type, fullName, fileName }) => ({ type: String(type), fullName: String(fullName), fileName: String(fileName) }));
  const present = new Set(properties.map(({ type, fullName }) => `${type}:${fullName}`));
  const fileOf = new Map(properties.map((member) => [memberKey(member), member.fileName]));
  const files = new Map<string, Buffer>();
  if (typeof status.zipFile === 'string' && status.zipFile !== '') {
    const zip = await JSZip.loadAsync(Buffer.from(status.zipFile, 'base64'));
    await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir).map(async (entry) => files.set(entry.name, await entry.async('nodebuffer'))));
  }
  return { present, files, fileOf };
};
