import JSZip from 'jszip';
import type { HeldComponent } from '../metadata/held-component.js';
import { writePackageManifest } from '../metadata/package-manifest.js';
import type { RetrieveRequest } from './retrieve-request.js';
import { retrievedContent, type RetrieveContext } from './retrieved-file.js';

/** The Metadata API's FileProperties and RetrieveResult (metadata-66.0.wsdl), keys in the WSDL's sequence. */
export type FileProperties = {
  createdById: string;
  createdByName: string;
  createdDate: string;
  fileName: string;
  fullName: string;
  id: string;
  lastModifiedById: string;
  lastModifiedByName: string;
  lastModifiedDate: string;
  manageableState: string;
  namespacePrefix?: string;
  type: string;
};

export type RetrieveMessage = { fileName: string; problem: string };

export type RetrieveResult = {
  done: boolean;
  fileProperties?: FileProperties[];
  id: string;
  messages?: RetrieveMessage[];
  status: 'Pending' | 'InProgress' | 'Succeeded' | 'Failed';
  success: boolean;
  zipFile?: string;
};

/** What a retrieve reads of the org: its components, who made them, and what it adds to their files. */
export type RetrieveSource = RetrieveContext & {
  list: (type: string) => HeldComponent[];
  get: (type: string, fullName: string) => HeldComponent | undefined;
  /** A component's Id: its table row's when it has one (a permission set's PermissionSet row). */
  idOf: (held: HeldComponent) => string;
  user: { id: string; name: string };
};

/**
 * Salesforce's words for a member the org does not have, as SDR parses them
 * (`/.+'(.+)'.+'(.+)'/` in https://github.com/forcedotcom/source-deploy-retrieve/blob/main/src/client/metadataApiRetrieve.ts;
 * "Entity of type 'ApexClass' named 'Foo' cannot be found" as public clients quote it).
 */
export const entityNotFound = (type: string, fullName: string): string => `Entity of type '${type}' named '${fullName}' cannot be found`;

/**
 * The components a manifest names: a member by name (without case), or * for every component of the type
 * that is not from a managed package (that * leaves out installed components is unverified).
 */
const select = (source: RetrieveSource, request: RetrieveRequest): { found: HeldComponent[]; missing: RetrieveMessage[] } => {
  const found = new Map<string, HeldComponent>();
  const missing: RetrieveMessage[] = [];
  const manifestFile = request.singlePackage ? 'package.xml' : 'unpackaged/package.xml';
  for (const { name, members } of request.manifest.types) {
    for (const member of members) {
      const held = member === '*' ? source.list(name).filter((component) => component.manageableState === 'unmanaged') : [source.get(name, member)].filter((component) => component !== undefined);
      if (held.length === 0 && member !== '*') missing.push({ fileName: manifestFile, problem: entityNotFound(name, member) });
      for (const component of held) found.set(`${component.type}:${component.fullName}`, component);
    }
  }
  return { found: [...found.values()].sort((a, b) => a.fileName.localeCompare(b.fileName)), missing };
};

/**
 * A finished retrieve: the zip in the metadata API's format (package.xml and each file under unpackaged/, or at
 * the root for a single package) with the files as the org writes them, FileProperties for each file and for
 * package.xml (type Package, an empty id, as real results show), and a message for each member not found. The
 * retrieve succeeds even then.
 */
export const finishedRetrieve = async (source: RetrieveSource, request: RetrieveRequest, id: string, now: string): Promise<RetrieveResult> => {
  const prefix = request.singlePackage ? '' : 'unpackaged/';
  const { found, missing } = select(source, request);
  const zip = new JSZip();
  const properties = (fileName: string, fullName: string, type: string, dates: { createdDate: string; lastModifiedDate: string }, rest: Partial<FileProperties> = {}): FileProperties => ({
    createdById: source.user.id,
    createdByName: source.user.name,
    createdDate: dates.createdDate,
    fileName,
    fullName,
    id: '',
    lastModifiedById: source.user.id,
    lastModifiedByName: source.user.name,
    lastModifiedDate: dates.lastModifiedDate,
    manageableState: 'unmanaged',
    type,
    ...rest,
  });
  const fileProperties = found.map((held) => {
    zip.file(`${prefix}${held.fileName}`, retrievedContent(held, source));
    if (held.metaXml !== undefined) zip.file(`${prefix}${held.fileName}-meta.xml`, held.metaXml);
    const namespace = held.namespacePrefix === undefined ? {} : { namespacePrefix: held.namespacePrefix };
    return properties(`${prefix}${held.fileName}`, held.fullName, held.type, held, { id: source.idOf(held), manageableState: held.manageableState, ...namespace });
  });
  zip.file(`${prefix}package.xml`, writePackageManifest(request.manifest));
  fileProperties.push(properties(`${prefix}package.xml`, `${prefix}package.xml`, 'Package', { createdDate: now, lastModifiedDate: now }));
  const zipFile = (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).toString('base64');
  return { done: true, fileProperties, id, ...(missing.length === 0 ? {} : { messages: missing }), status: 'Succeeded', success: true, zipFile };
};
