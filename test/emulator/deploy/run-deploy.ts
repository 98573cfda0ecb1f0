import type { OrgDatabase } from '../data/org-database.js';
import { parseMetadata, textOf } from '../metadata/metadata-tree.js';
import type { OrgMetadata } from '../metadata/org-metadata.js';
import type { OrgSchema } from '../org-schema.js';
import { deleteComponentRows, syncComponentRows } from '../platform/metadata-tables.js';
import { componentNotFound, deletionProblem } from './deletion-rules.js';
import { deletedMessage, failedMessage, packageXmlMessage, savedMessage, warningMessage } from './deploy-messages.js';
import type { DeployOptions } from './deploy-options.js';
import type { DeployMessage, DeployStatus } from './deploy-result.js';
import type { DeployedComponent, DeployPackage, Deletion } from './deploy-zip.js';
import { defaultPolicies } from './external-client-app-defaults.js';
import { EXTERNAL_CLIENT_APP_PARTS } from './rules/external-client-app-rules.js';
import { checkComponent, type OrgFacts } from './rules/org-rules.js';
import { recalculatingGroups } from './recalculating-groups.js';

/** The org a deploy runs against, and the switches in force when it arrived. */
export type DeployTarget = {
  orgId: string;
  db: OrgDatabase;
  metadata: OrgMetadata;
  schema: OrgSchema;
  existingConnectedApps: readonly string[];
  allowNewConnectedApps: boolean;
  failDeploysDuringRecalculation: boolean;
};

export type DeployOutcome = {
  status: Extract<DeployStatus, 'Succeeded' | 'SucceededPartial' | 'Failed'>;
  successes: DeployMessage[];
  failures: DeployMessage[];
};

/** The order the org applies types in: what others name comes first (permission sets before groups, an app before its parts). */
const DEPLOY_ORDER = [
  'ApexClass',
  'CustomPermission',
  'PermissionSet',
  'MutingPermissionSet',
  'PermissionSetGroup',
  'ConnectedApp',
  'ExternalClientApplication',
  'ExtlClntAppOauthSettings',
  'ExtlClntAppGlobalOauthSettings',
  'ExtlClntAppOauthConfigurablePolicies',
  'ExtlClntAppConfigurablePolicies',
];
const rank = (type: string): number => (DEPLOY_ORDER.includes(type) ? DEPLOY_ORDER.indexOf(type) : DEPLOY_ORDER.length);

const orgFacts = (org: DeployTarget): OrgFacts => ({
  schema: org.schema,
  orgId: org.orgId,
  allowNewConnectedApps: org.allowNewConnectedApps,
  connectedAppExists: (fullName) => org.existingConnectedApps.some((name) => name.toLowerCase() === fullName.toLowerCase()) || org.metadata.get('ConnectedApp', fullName) !== undefined,
  held: (type, fullName) => org.metadata.get(type, fullName),
  heldOfType: (type) => org.metadata.list(type),
  user: (username) => {
    const user = org.db.store.rows('User').find((row) => String(row.Username).toLowerCase() === username.toLowerCase());
    return user && { IsActive: user.IsActive === true };
  },
  // The groups recalculating when the deploy starts: those the deploy itself outdates recalculate after it.
  recalculatingGroups: org.failDeploysDuringRecalculation ? recalculatingGroups(org.db) : () => [],
});

/** Removes a component a destructive manifest names, as the org does, or says why it cannot. */
const deleteOne = (org: DeployTarget, deletion: Deletion, options: DeployOptions, now: string): DeployMessage => {
  const held = org.metadata.get(deletion.type, deletion.fullName);
  if (!held) return warningMessage({ type: deletion.type, fullName: deletion.manifest, fileName: deletion.manifest }, componentNotFound(deletion.type, deletion.fullName), options.ignoreWarnings, now);
  const problem = deletionProblem(org.db, held.type, held.fullName);
  if (problem) return failedMessage(held, { problem }, now);
  org.metadata.remove(held.type, held.fullName);
  deleteComponentRows(org.db, held.type, held.fullName);
  // An app's parts go with it (unverified; a manifest that lists them too deletes them first).
  if (held.type === 'ExternalClientApplication') {
    for (const type of EXTERNAL_CLIENT_APP_PARTS) {
      for (const part of org.metadata.list(type)) if (appOf(part) === held.fullName.toLowerCase()) org.metadata.remove(type, part.fullName);
    }
  }
  return deletedMessage(held, now);
};

/** Deletions run parts before what they belong to: the reverse of the deploy order (the emulator's choice; unverified). */
const deleteAll = (org: DeployTarget, deletions: readonly Deletion[], options: DeployOptions, now: string): DeployMessage[] =>
  [...deletions].sort((a, b) => rank(b.type) - rank(a.type)).map((deletion) => deleteOne(org, deletion, options, now));

const appOf = (component: Pick<DeployedComponent, 'content'>): string => textOf(parseMetadata(component.content).node, 'externalClientApplication').toLowerCase();

/**
 * Runs a deploy against the org, in the Metadata API's order: deletions before, components (checked one by one
 * against the org as it stands by then), deletions after, then what the platform makes itself (an External
 * Client App's default policies). Every component is reported; the org keeps the changes only when the deploy
 * succeeds, or succeeds in part with rollbackOnError false, and is not check-only: otherwise every table and
 * component is put back as it was.
 */
export const runDeploy = (org: DeployTarget, deployPackage: DeployPackage, options: DeployOptions, now: string): DeployOutcome => {
  const restore = [org.db.store.snapshot(), org.metadata.snapshot()];
  const facts = orgFacts(org);
  const messages: DeployMessage[] = [];
  if (deployPackage.packageXml === undefined) messages.push(failedMessage({ type: '', fullName: 'package.xml', fileName: 'package.xml' }, { problem: 'No package.xml found' }, now));
  messages.push(...deleteAll(org, deployPackage.deletionsBefore, options, now));
  const newApps = new Set<string>();
  for (const component of [...deployPackage.components].sort((a, b) => rank(a.type) - rank(b.type))) {
    const problem = checkComponent(component, facts);
    if (problem) {
      messages.push(failedMessage(component, problem, now));
      continue;
    }
    const { held, created, changed } = org.metadata.save(component, now);
    if (changed) syncComponentRows(org.db, held);
    if (created && component.type === 'ExternalClientApplication') newApps.add(component.fullName);
    if (created && component.type === 'ExtlClntAppOauthSettings') newApps.add(appOf(component));
    messages.push(savedMessage(component, { created, changed }, now));
  }
  messages.push(...deleteAll(org, deployPackage.deletionsAfter, options, now));
  for (const policy of defaultPolicies(org.metadata, newApps)) org.metadata.save(policy, now);

  const failures = messages.filter((message) => !message.success).sort((a, b) => a.fileName.localeCompare(b.fileName));
  const successes = messages.filter((message) => message.success).sort((a, b) => a.fileName.localeCompare(b.fileName));
  const status = failures.length === 0 ? 'Succeeded' : options.rollbackOnError || successes.length === 0 ? 'Failed' : 'SucceededPartial';
  if (options.checkOnly || status === 'Failed') for (const undo of restore) undo();
  if (deployPackage.packageXml !== undefined) successes.push(packageXmlMessage(now));
  return { status, successes, failures };
};
