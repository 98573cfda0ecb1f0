import { Messages } from '@salesforce/core';
import { formatPath } from '../diagnostics/diagnostic.js';
import { INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import { validateManifests } from '../manifest/validate-manifests.js';
import type { OrgSession } from '../org/org-session.js';
import { MANIFESTS_DIR } from '../project/project-layout.js';
import { buildImport, type ImportInput } from './build-import.js';
import { importRefusedError, invalidNameError, manifestExistsError, nothingToImportError } from './errors.js';
import type { ImportedApp, ImportResult } from './import-result.js';
import { INTEGRATION_NAME } from '../sync/ownership.js';
import { manifestFileName, MAX_INTEGRATION_NAME } from './import-names.js';
import { commentsOf } from './import-remarks.js';
import { manifestYaml } from './manifest-yaml.js';
import { readOrgAccess } from './read-org-access.js';
import { readProjectAccess } from './read-project-access.js';
import { readProjectSource } from '../resolve/read-project-source.js';
import { existingFiles, writeFilesAtomically, type ImportFile } from './write-files.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'import');

export type ImportOptions = {
  /** Absolute path of the project root. */
  projectDir: string;
  /** The package directories of sfdx-project.json: where committed permission sets are looked for. */
  packageDirectories: readonly string[];
  sourceApiVersion?: string;
  /** The integration's name (`--name`). */
  name: string;
  username: string;
  /** Keep the permission sets' and the app's API names: adopted in place. */
  keepNames: boolean;
  /** Replace a manifest (or certificate) that exists. */
  force: boolean;
  /** Move the profile's object, field and user permissions into a permission set. */
  fromProfile: boolean;
};

const checkName = (name: string): void => {
  if (!INTEGRATION_NAME.test(name) || name.length > MAX_INTEGRATION_NAME) throw invalidNameError(name);
};

/** Refused before anything is read: the manifest is there already and --force was not given. */
const refuseExisting = async (options: ImportOptions, files: readonly ImportFile[]): Promise<void> => {
  const existing = await existingFiles(options.projectDir, files);
  if (existing.length > 0 && !options.force) throw manifestExistsError(existing);
};

const appOf = (input: ImportInput, plan: ReturnType<typeof buildImport>): ImportedApp | null => {
  const from = input.app?.app;
  const to = plan.integration.app;
  if (!from || !to) return null;
  const type = (kind: string): ImportedApp['fromType'] => (kind === 'connectedApp' ? 'ConnectedApp' : 'ExternalClientApplication');
  return { fromType: type(from.kind), from: from.apiName, toType: type(to.type), to: to.apiName, adopted: from.kind === to.type && from.apiName.toLowerCase() === to.apiName.toLowerCase() };
};

/**
 * The manifest for the access read, written with its comments; then read back as generate will read it (the
 * same manifest, schema-valid) before anything is written. Files are written all or nothing, and none that
 * exists without --force.
 */
const writeImport = async (options: ImportOptions, input: ImportInput, source: ImportResult['source'], header: string): Promise<ImportResult> => {
  if (input.permissionSets.length === 0 && input.profile === undefined) throw nothingToImportError(input.username, input.existingPermissionSets);
  const plan = buildImport(input);
  if (plan.problems.length > 0) throw importRefusedError(plan.problems);
  const comments = commentsOf(plan.manifest, plan.remarks);
  // The header is a comment of the file as a whole, wrapped like the others.
  const text = manifestYaml(plan.manifest, [{ path: [], text: header.replace(/\n/g, ' ') }, ...comments]);
  const reread = validateManifests([{ file: plan.file, text }]);
  if (reread.diagnostics.length > 0) throw importRefusedError(reread.diagnostics);
  if (JSON.stringify(reread.manifests[0]?.manifest) !== JSON.stringify(plan.manifest)) throw importRefusedError([{ file: plan.file, at: { path: [] }, message: 'the YAML written does not read back as the manifest built', fix: '' }]);
  const files: ImportFile[] = [{ path: plan.file, content: text }, ...(plan.certificate ? [{ path: plan.certificate.path, content: plan.certificate.pem }] : [])];
  await refuseExisting(options, files);
  await writeFilesAtomically(options.projectDir, files);
  const sources = [...input.permissionSets.map(({ apiName }) => apiName), ...(input.profile ? [`Profile:${input.profile.name}`] : [])];
  return {
    file: plan.file,
    written: files.map(({ path }) => path),
    name: input.name,
    username: plan.manifest.user.username,
    source,
    keepNames: input.keepNames,
    permissionSets: plan.integration.permissionSets
      .map(({ apiName, origin }) => ({ from: sources[Number(origin[1])] ?? apiName, to: apiName }))
      .map(({ from, to }) => ({ from, to, adopted: from.toLowerCase() === to.toLowerCase() }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    existingPermissionSets: plan.manifest.existingPermissionSets ?? [],
    app: appOf(input, plan),
    profileMove: input.user && input.user.licence !== INTEGRATION_USER_LICENSE ? { profile: input.user.profileName, licence: input.user.licence } : null,
    comments: comments.map(({ path, text: comment }) => ({ path: formatPath(path), text: comment })),
  };
};

/**
 * `sf intuser import --target-org`: the user's access, read in the org (read-only: queries and retrieves), into
 * integrations/<name>.yaml.
 */
export const importFromOrg = async (options: ImportOptions, session: OrgSession): Promise<ImportResult> => {
  checkName(options.name);
  await refuseExisting(options, [{ path: `${MANIFESTS_DIR}/${manifestFileName(options.name)}`, content: '' }]);
  const access = await readOrgAccess(session, options.username, options.fromProfile, options.sourceApiVersion ?? session.connection.getApiVersion());
  const project = readProjectSource(options.projectDir, options.packageDirectories);
  return writeImport(options, { ...access, project, name: options.name, keepNames: options.keepNames }, { kind: 'org', targetOrg: session.username }, messages.getMessage('header.org', [access.username, session.username]));
};

/** `sf intuser import --permission-set`: permission sets committed in the project, offline, into a manifest. */
export const importFromProject = async (options: ImportOptions, permissionSets: readonly string[]): Promise<ImportResult> => {
  checkName(options.name);
  await refuseExisting(options, [{ path: `${MANIFESTS_DIR}/${manifestFileName(options.name)}`, content: '' }]);
  const project = readProjectSource(options.projectDir, options.packageDirectories);
  const { files, ...access } = readProjectAccess(options.projectDir, project, options.packageDirectories, permissionSets, options.username);
  return writeImport(options, { ...access, project, name: options.name, keepNames: options.keepNames }, { kind: 'project', files }, messages.getMessage('header.project', [permissionSets.join(', ')]));
};
