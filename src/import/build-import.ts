import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Manifest, ManifestUser } from '../manifest/manifest.js';
import { validateSchema } from '../manifest/validate-schema.js';
import type { OrgOauthApp } from '../metadata/read-oauth-app.js';
import type { ReadPermissionSetGroup } from '../metadata/read-permission-set-group.js';
import { buildIntegration, MAX_LABEL, mutingApiName } from '../model/build-integration.js';
import type { Integration } from '../model/integration.js';
import type { OrgUser } from '../org/org-users.js';
import { MANIFESTS_DIR } from '../project/project-layout.js';
import { foldApp, type AppRemark } from './fold-app.js';
import { certificatePath, manifestFileName } from './import-names.js';
import { importedMute, type SourceMute } from './import-mutes.js';
import { importedPermissionSets, type SourcePermissionSet, type SourceProfile } from './import-permission-sets.js';
import { remark, type Remark } from './import-remarks.js';
import { importedUser } from './import-user.js';
import { validationRemarks } from './validation-remarks.js';
import { withoutValues } from './without-values.js';
import { resolveNames } from '../resolve/resolve-names.js';
import { EMPTY_PROJECT_SOURCE, type ProjectSource } from '../resolve/project-source.js';

export type SourceGroup = { apiName: string; read: ReadPermissionSetGroup };

/** Everything import learnt of the user's access, from the org or the project: plain data, read before. */
export type ImportInput = {
  name: string;
  keepNames: boolean;
  username: string;
  /** The user as the org has it; absent when importing from the project. */
  user?: OrgUser;
  /** The permission sets to generate, those of the user's groups among them. */
  permissionSets: readonly SourcePermissionSet[];
  /** A managed package's permission sets the user holds (directly or through a group), by full name. */
  existingPermissionSets: readonly string[];
  groups: readonly SourceGroup[];
  mutes: readonly SourceMute[];
  profile?: SourceProfile;
  app?: { app: OrgOauthApp; others: readonly string[] };
  /** What the project defines, against which generate resolves names: what it would refuse is left out. */
  project?: ProjectSource;
};

/** What import writes and what the next deploy does with the org's components. */
export type ImportPlan = {
  /** The manifest's path, relative to the project root. */
  file: string;
  manifest: Manifest;
  remarks: Remark[];
  /** A JWT app's public certificate, written beside the manifest. */
  certificate?: { path: string; pem: string };
  integration: Integration;
  /** What the model refuses that import could not make right: a bug to report, never written. */
  problems: Diagnostic[];
};

const APP_PATHS: Partial<Record<AppRemark['kind'], string>> = {
  unknownScopes: 'scopes',
  refreshToken: 'refreshToken',
  ipRanges: 'ipRanges',
  callbackUrls: 'callbackUrl',
  certificateUnread: 'certificate',
  certificateWritten: 'certificate',
  noFlow: 'flow',
};

const appRemark = (fold: AppRemark, integration: string): Remark => {
  const at = APP_PATHS[fold.kind] ? ['app', APP_PATHS[fold.kind]!] : ['app'];
  switch (fold.kind) {
    case 'replaced':
      return remark(at, 'appReplaced', fold.type === 'connectedApp' ? 'connected app' : 'External Client App', fold.apiName, integration);
    case 'unexpressed':
      return remark(at, 'appUnexpressed', fold.elements.join(', '));
    case 'ipRelaxation':
    case 'refreshToken':
      return remark(at, fold.kind, fold.value);
    case 'profiles':
      return remark(at, fold.kind, fold.profiles.join(', '));
    case 'otherPermissionSets':
    case 'admitsMore':
    case 'partNames':
      return remark(at, fold.kind, fold.names.join(', '));
    case 'runAsOther':
      return remark(at, fold.kind, fold.username);
    case 'certificateUnread':
    case 'certificateWritten':
      return remark(at, fold.kind, fold.path);
    case 'unknownScopes':
      return remark(at, fold.kind, fold.scopes.join(', '));
    case 'callbackUrls':
    case 'ipRanges':
      return remark(at, fold.kind, fold.dropped.join(', '));
    default:
      return remark(at, fold.kind);
  }
};

const appOf = (input: ImportInput): ReturnType<typeof foldApp> | undefined =>
  input.app &&
  foldApp(input.app.app, {
    integration: input.name,
    username: input.username,
    permissionSets: input.permissionSets.map(({ apiName, id }) => ({ name: apiName, ...(id ? { id } : {}) })),
    keepNames: input.keepNames,
    certificatePath: certificatePath(input.name),
  });

/** The integration's label and description: the adopted group's, else the adopted app's label; else derived. */
const identity = (input: ImportInput): Pick<Manifest, 'label' | 'description'> & { remarks: Remark[] } => {
  const group = input.groups.find(({ apiName }) => apiName.toLowerCase() === input.name.toLowerCase());
  const remarks = input.groups
    .filter((other) => other !== group || !input.keepNames)
    .map(({ apiName }) => (input.keepNames ? remark([], 'groupNotAdopted', apiName, input.name) : remark([], 'groupReplaced', apiName, input.name)));
  remarks.push(...input.groups.filter(({ read }) => read.hasActivationRequired).map(({ apiName }) => remark([], 'groupSessionBased', apiName)));
  const room = MAX_LABEL - (input.mutes.length > 0 ? ' - Muted'.length : 0);
  if (input.keepNames && group) return { label: (group.read.label ?? group.apiName).slice(0, room), description: (group.read.description ?? '').slice(0, 255), remarks };
  if (input.keepNames && input.app?.app.label) return { label: input.app.app.label.slice(0, room), remarks };
  return { remarks };
};

/**
 * The manifest for what the user holds: its permission sets (folded back into what a manifest asks), a managed
 * package's as existing ones, its groups' mutes, the app that pre-authorizes it, the user's own fields; and a
 * remark wherever the org held what the manifest says otherwise or cannot say, or validate will object to. Built
 * and checked by the model as generate would: mutes of what nothing grants are left out (with a remark); what
 * else the model refuses is returned as problems. Pure.
 */
export const buildImport = (input: ImportInput): ImportPlan => {
  const file = `${MANIFESTS_DIR}/${manifestFileName(input.name)}`;
  const { label, description, remarks } = identity(input);
  const integrationLabel = label ?? input.name.replace(/_/g, ' ');
  const imported = importedPermissionSets(input.name, integrationLabel, input.permissionSets, input.keepNames, input.profile);
  const user = importedUser(input.username, input.user);
  const existing = [...new Set(input.existingPermissionSets)].sort();
  const spread = input.groups.length > 1 || input.permissionSets.some(({ group }) => group === undefined);
  const muted = importedMute(input.mutes, spread);
  const app = appOf(input);
  const draft: Manifest = {
    name: input.name,
    ...(label === undefined ? {} : { label }),
    ...(description === undefined ? {} : { description }),
    contact: input.app?.app.contactEmail ?? input.user?.Email ?? input.username,
    user: user.user,
    permissionSets: imported.permissionSets,
    ...(existing.length > 0 ? { existingPermissionSets: existing } : {}),
    ...(muted.mute ? { mute: muted.mute } : {}),
    ...(app ? { app: app.app } : {}),
  };
  const mutingName = mutingApiName(input.name);
  remarks.push(...input.mutes.filter(({ apiName }) => apiName.toLowerCase() !== mutingName.toLowerCase()).map(({ apiName }) => remark(['mute'], 'mutingReplaced', apiName, mutingName)));
  remarks.push(...imported.remarks, ...user.remarks, ...muted.remarks, ...existing.map((name, index) => remark(['existingPermissionSets', index], 'managed', name)));
  if (app) remarks.push(...app.remarks.map((fold) => appRemark(fold, input.name)));
  if (input.app && input.app.others.length > 0) remarks.push(remark(['app'], 'otherApps', input.app.others.join(', ')));

  const valid = withValidUser(file, draft);
  remarks.push(...valid.remarks);
  const checked = valid.manifest;
  // What generate would refuse of what the org holds (field-level security on a required field, a mute of what
  // nothing grants): left out, each with a remark where it stood.
  const refused = [
    ...resolveNames(file, checked, input.project ?? EMPTY_PROJECT_SOURCE).filter(({ severity }) => severity !== 'note'),
    ...buildIntegration(file, checked).diagnostics.filter(({ at }) => at.path[0] === 'mute'),
  ];
  const manifest = refused.length === 0 ? checked : withoutValues(checked, refused.map(({ at }) => at.path));
  remarks.push(...refused.map(({ at, message }) => remark(at.path.slice(0, -1), 'leftOut', message)));
  const built = buildIntegration(file, manifest);
  remarks.push(...validationRemarks(file, manifest, built.value));
  // The certificate of an External Client App is not read: the reviewer commits it (a remark says where).
  const problems = [...valid.problems, ...built.diagnostics.filter(({ at }) => !(at.path[0] === 'app' && at.path[1] === 'certificate'))];
  return { file, manifest, remarks, ...(app?.certificate ? { certificate: app.certificate } : {}), integration: built.value, problems };
};

/**
 * The manifest as the schema accepts it: a user field whose org value the schema refuses (an alias with a space, a
 * name too long) is left to its default, with a remark; any other refusal is a problem.
 */
const withValidUser = (file: string, manifest: Manifest): { manifest: Manifest; remarks: Remark[]; problems: Diagnostic[] } => {
  const outcome = validateSchema(file, manifest);
  if (outcome.ok) return { manifest, remarks: [], problems: [] };
  const userKeys = new Set(outcome.diagnostics.filter(({ at }) => at.path[0] === 'user' && at.path.length === 2 && at.path[1] !== 'username').map(({ at }) => String(at.path[1])));
  const user = Object.fromEntries(Object.entries(manifest.user).filter(([key]) => !userKeys.has(key))) as ManifestUser;
  const fixed = { ...manifest, user };
  const again = validateSchema(file, fixed);
  return {
    manifest: fixed,
    remarks: [...userKeys].map((key) => remark(['user'], 'userField', key, String(manifest.user[key as keyof ManifestUser]))),
    problems: again.ok ? [] : again.diagnostics,
  };
};
