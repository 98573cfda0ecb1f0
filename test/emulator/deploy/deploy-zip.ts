import JSZip from 'jszip';
import { typeOfFile } from '../metadata/metadata-types.js';
import { manifestMembers, readPackageManifest } from '../metadata/package-manifest.js';

/** One component as the org received it: what tests assert on to know what reached the org. */
export type DeployedComponent = {
  /** Metadata type, e.g. PermissionSet; empty when the org would not recognise the file. */
  type: string;
  fullName: string;
  /** Path inside the package, as the Metadata API names it in results: permissionsets/X.permissionset. */
  fileName: string;
  content: string;
  /** The -meta.xml beside a content file (classes/X.cls-meta.xml), for types that have one. */
  metaXml?: string;
};

/** A component a destructive changes manifest names, and the manifest that names it (a deploy result cites it). */
export type Deletion = { type: string; fullName: string; manifest: DestructiveManifest };

export type DestructiveManifest = 'destructiveChanges.xml' | 'destructiveChangesPre.xml' | 'destructiveChangesPost.xml';

export type DeployPackage = {
  packageXml: string | undefined;
  components: DeployedComponent[];
  /** Deleted before the components are added or updated: destructiveChangesPre.xml, and destructiveChanges.xml. */
  deletionsBefore: Deletion[];
  /** Deleted after them: destructiveChangesPost.xml. */
  deletionsAfter: Deletion[];
};

/**
 * "In earlier API versions [before 33.0], if deletions and additions are specified for the same deployment,
 * the deploy() call performs the deletions first"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy_deleting_files.htm);
 * that destructiveChanges.xml still deletes first is unverified. SDR writes only the Pre and Post manifests.
 */
const DELETES_FIRST: readonly DestructiveManifest[] = ['destructiveChangesPre.xml', 'destructiveChanges.xml'];

const deletionsIn = (relative: ReadonlyMap<string, string>, manifests: readonly DestructiveManifest[]): Deletion[] =>
  manifests.flatMap((manifest) => {
    const xml = relative.get(manifest);
    return xml === undefined ? [] : manifestMembers(readPackageManifest(xml)).map((member) => ({ ...member, manifest }));
  });

const META_SUFFIX = '-meta.xml';

/**
 * Reads a deploy zip. SDR puts package.xml at the root for a single-package deploy and under one folder
 * (unpackaged/) otherwise; both are accepted, and paths are given relative to package.xml's folder.
 */
export const readDeployZip = async (zip: Buffer): Promise<DeployPackage> => {
  const archive = await JSZip.loadAsync(zip);
  const files = new Map<string, string>();
  await Promise.all(
    Object.values(archive.files)
      .filter((entry) => !entry.dir)
      .map(async (entry) => files.set(entry.name, await entry.async('string')))
  );
  const packagePath = [...files.keys()].filter((path) => path === 'package.xml' || path.endsWith('/package.xml')).sort((a, b) => a.length - b.length)[0];
  const base = packagePath === undefined ? '' : packagePath.slice(0, -'package.xml'.length);
  const relative = new Map([...files].filter(([path]) => path.startsWith(base) && path !== packagePath).map(([path, content]) => [path.slice(base.length), content]));

  const components: DeployedComponent[] = [];
  for (const [fileName, content] of relative) {
    const isMetaXml = fileName.endsWith(META_SUFFIX);
    // A -meta.xml belongs to the content file beside it, when there is one (classes/X.cls + X.cls-meta.xml).
    if (isMetaXml && relative.has(fileName.slice(0, -META_SUFFIX.length))) continue;
    const mainName = isMetaXml ? fileName.slice(0, -META_SUFFIX.length) : fileName;
    // Files beside package.xml (destructiveChanges.xml) are instructions, not components.
    if (!mainName.includes('/')) continue;
    const [folder = '', ...rest] = mainName.split('/');
    const suffixAt = mainName.lastIndexOf('.');
    const suffix = suffixAt > mainName.lastIndexOf('/') ? mainName.slice(suffixAt + 1) : '';
    const fullName = rest.join('/').slice(0, suffix ? -(suffix.length + 1) : undefined);
    const metaXml = relative.get(fileName + META_SUFFIX);
    components.push({ type: typeOfFile(folder, suffix)?.name ?? '', fullName, fileName, content, ...(metaXml === undefined ? {} : { metaXml }) });
  }
  components.sort((a, b) => a.fileName.localeCompare(b.fileName));
  return {
    packageXml: packagePath === undefined ? undefined : files.get(packagePath),
    components,
    deletionsBefore: deletionsIn(relative, DELETES_FIRST),
    deletionsAfter: deletionsIn(relative, ['destructiveChangesPost.xml']),
  };
};
