import { Messages } from '@salesforce/core';
import { selectComponents } from '../estate/select-components.js';
import { compareEstate } from '../estate/compare-estate.js';
import { selectionError } from '../estate/selection-errors.js';
import { byCodePoint } from '../model/sort.js';
import type { OrgSession } from '../org/org-session.js';
import type { ProjectSettings } from '../project/project-settings.js';
import { auditReport } from './audit-report.js';
import type { AuditResult } from './audit-result.js';
import { auditedComponentOf, componentDrift, type AuditedComponent } from './drift/component-drift.js';
import { PERMISSION_SET_ID, readAuditedOrg } from './read-org.js';
import type { Severity } from '../rules/rules.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

export type AuditOptions = {
  projectDir: string;
  metadataDir: string;
  settings: ProjectSettings;
  packageDirectories?: readonly string[];
  sourceApiVersion?: string;
  /** All when absent. */
  integrations?: readonly string[];
  environment?: string;
  /** The logins read: the last `days` days. */
  days: number;
  /** No successful login in this many days makes an integration stale. */
  staleDays: number;
  failOn: Severity;
  pluginVersion?: string;
  /** When the audit runs: now unless a test says otherwise. */
  now?: Date;
};

const selectionOf = (estate: Awaited<ReturnType<typeof compareEstate>>, options: AuditOptions) => {
  const selection = selectComponents(estate, { ...(options.integrations ? { integrations: options.integrations } : {}), ...(options.environment ? { environment: options.environment } : {}) });
  if (selection.ok) return selection;
  throw selectionError(selection);
};

const membersText = (components: readonly AuditedComponent[]): string =>
  [...new Set(components.map(({ type }) => type))]
    .sort(byCodePoint)
    .map((type) => `${type}: ${components.filter((component) => component.type === type).map(({ fullName }) => fullName).sort(byCodePoint).join(', ')}`)
    .join('; ');

/** The session with every query it sends written down, for the review pack to show. */
const recording = (session: OrgSession, queries: string[]): OrgSession => ({
  ...session,
  query: (soql, what, api) => {
    queries.push(soql);
    return session.query(soql, what, api);
  },
});

/**
 * `sf intuser audit`: the org against the manifests, read-only. Retrieves the audited integrations' own
 * components (never the global OAuth settings), reads their users, the integration users nobody declared, the
 * licences and the login history, and reports every difference (see auditReport). Every query it sends is in
 * the result, for the review pack to show. Every call is bounded by the session's deadline (--wait).
 */
export const runAudit = async (options: AuditOptions, orgSession: OrgSession): Promise<AuditResult> => {
  const now = options.now ?? new Date();
  const estate = await compareEstate({ ...options, force: false });
  const selection = selectionOf(estate, options);
  const integrationOf = new Map(estate.files.map(({ path, integration }) => [path, integration]));
  const components = selection.files.flatMap((file) => auditedComponentOf({ ...file, integration: integrationOf.get(file.path)! }) ?? []);
  const chosen = estate.integrations.filter(({ name }) => selection.integrations.includes(name));
  const usernames = chosen.map((integration) => (integration.environments.find(({ name }) => name === options.environment)?.user ?? integration.user).username);

  const queries: string[] = [];
  const session = recording(orgSession, queries);
  if (components.length > 0) queries.push(messages.getMessage('query.retrieve', [membersText(components)]));
  const org = await readAuditedOrg(session, {
    components,
    apiVersion: options.sourceApiVersion ?? session.connection.getApiVersion(),
    usernames,
    loginDays: Math.max(options.days, options.staleDays),
  });
  const names = org.permissionSetNames;
  const context = { permissionSetName: (value: string): string => (PERMISSION_SET_ID.test(value) ? names.get(value.slice(0, 15)) ?? value : value) };
  const contentOf = new Map(selection.files.map(({ source, content }) => [source, content]));
  const drifts = components.map((component, index) => componentDrift(component, contentOf.get(component.file)!, org.orgFiles[index], context));

  return auditReport({
    estate,
    audited: selection.integrations,
    environment: options.environment,
    drifts,
    isSandbox: org.isSandbox,
    users: org.users,
    logins: org.logins,
    licences: org.licences,
    targetOrg: session.username,
    orgId: session.connection.getAuthInfoFields().orgId ?? '',
    now,
    days: options.days,
    staleDays: options.staleDays,
    failOn: options.failOn,
    pluginVersion: options.pluginVersion ?? null,
    rules: options.settings.rules,
    queries,
  });
};
