import { Messages } from '@salesforce/core';
import { compareDiagnostics, formatPath, type SourcePosition, type ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';
import type { ValidatedManifests } from '../manifest/validate-manifests.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { appFileRisks } from './app-files.js';
import { appRisks } from './apps.js';
import { contactRisks, sharedUsernameRisks, userCountRisks } from './estate-risks.js';
import { existingPermissionSetRisks } from './existing-permission-sets.js';
import { flowRisks } from './flows.js';
import { justify, type JudgedRisk } from './justifications.js';
import { parseRuleConfiguration } from './rule-configuration.js';
import { mfaRisks } from './mfa.js';
import { objectAccessRisks } from './object-access.js';
import type { Risk } from './risk.js';
import { DEFAULT_CONFIGURATION, RULE_IDS, type RuleConfiguration } from './rules.js';
import { userPermissionRisks } from './user-permissions.js';
import type { Finding } from './finding.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

/** What the rules read: the estate's model and manifests, what it generates, and those files as committed. */
export type EstateInput = {
  integrations: readonly Integration[];
  validated: ValidatedManifests;
  files: readonly GeneratedFile[];
  /** The committed content of generated files (undefined when missing); files it lacks are not judged. */
  committed: ReadonlyMap<string, string | undefined>;
};

/** What one integration's model shows, whatever the rest of the estate and the files on disk. */
const integrationRisks = (integration: Integration): Risk[] => [
  ...userPermissionRisks(integration),
  ...mfaRisks(integration),
  ...objectAccessRisks(integration),
  ...flowRisks(integration),
  ...existingPermissionSetRisks(integration),
  ...appRisks(integration),
  ...contactRisks(integration),
];

/**
 * The grants of one integration that its justifications accept, each with its reason, in grant order:
 * what its documentation page lists as accepted. Hand edits of generated files are not the model's, so
 * only its own grants count here.
 */
export const acceptedGrants = (integration: Integration): Array<{ grant: string; reason: string }> => {
  const accepted = new Map(
    justify([integration], integrationRisks(integration)).flatMap(({ grant, reason }) => (grant !== undefined && reason !== undefined ? [[grant, reason] as const] : []))
  );
  return [...accepted.keys()].sort(byCodePoint).map((grant) => ({ grant, reason: accepted.get(grant)! }));
};

/** The entry of the list at `path` that grants the risk, found without case: the manifest need not match Salesforce's. */
const refine = (manifest: Manifest | undefined, path: ManifestPath, entries: readonly string[] | undefined): ManifestPath => {
  const list = path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), manifest);
  if (!entries || !Array.isArray(list)) return path;
  const lower = list.map((entry) => String(entry).toLowerCase());
  const index = entries.map((entry) => lower.indexOf(entry.toLowerCase())).find((found) => found >= 0);
  return index === undefined ? path : [...path, index];
};

export type Placed = { path: string; position: SourcePosition };

/**
 * Where each risk stands: its path as text and its line and column, a list entry found by its value. Shared
 * with whatever else reports at manifest lines (the audit).
 */
export const placer = (manifests: ValidatedManifests) => {
  const byFile = new Map(manifests.manifests.map(({ file, manifest }) => [file, manifest]));
  return ({ file, at }: Pick<Risk, 'file' | 'at'>): Placed => {
    if ('element' in at) return { path: at.element, position: at.position };
    const path = refine(byFile.get(file), at.path, at.entries);
    // A position is always given: SARIF viewers and annotations need a line, and the top of the file is honest.
    return { path: formatPath(path), position: manifests.locators.get(file)?.({ path, key: at.key }) ?? { line: 1, column: 1 } };
  };
};

const toFinding = (risk: JudgedRisk, severity: Finding['severity'], placed: Placed): Finding => {
  const inGeneratedFile = 'element' in risk.at;
  const fix = messages.getMessage(inGeneratedFile ? 'generatedFile.fix' : `${risk.rule}.fix`);
  return {
    rule: risk.rule,
    severity,
    integration: risk.integration,
    file: risk.file,
    line: placed.position.line,
    column: placed.position.column,
    path: placed.path,
    grant: risk.grant ?? null,
    message: messages.getMessage(inGeneratedFile ? 'generatedFile.message' : `${risk.rule}.message`, [...risk.tokens]),
    risk: messages.getMessage(`${risk.rule}.risk`),
    fix: risk.grant === undefined ? fix : `${fix} ${messages.getMessage('fix.justify', [risk.grant])}`,
    ...(risk.reason === undefined ? {} : { reason: risk.reason }),
  };
};

const byReadingOrder = (a: Finding, b: Finding): number =>
  byCodePoint(a.integration, b.integration) || compareDiagnostics(a, b) || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule);

/**
 * Every finding of the estate: each rule over the model, the estate and the committed app files; then the
 * justifications (before the configuration, so that turning a rule off does not make its justifications
 * stale); then each rule's configured severity, a justified finding being a note. Pure.
 */
export const validateEstate = (input: EstateInput, configuration: RuleConfiguration = DEFAULT_CONFIGURATION): Finding[] => {
  const risks = [
    ...input.integrations.flatMap(integrationRisks),
    ...sharedUsernameRisks(input.integrations),
    ...userCountRisks(input.integrations),
    ...appFileRisks(input.files, input.committed),
  ];
  const place = placer(input.validated);
  return justify(input.integrations, risks)
    .flatMap((risk) => {
      const setting = configuration[risk.rule];
      if (setting === 'off') return [];
      return [toFinding(risk, risk.reason === undefined ? setting : 'note', place(risk))];
    })
    .sort(byReadingOrder);
};

/**
 * The findings of an estate already read, under the project's rule configuration (`rules` of
 * sfdx-project.json's plugins.intuser): what validate reports, generate shows as warnings and deploy
 * refuses on. `committed` is the content of generated files as they stand on disk.
 */
export const findingsOf = (
  estate: Omit<EstateInput, 'committed'>,
  rules: Readonly<Record<string, unknown>> = {},
  committed: EstateInput['committed'] = new Map()
): Finding[] => validateEstate({ ...estate, committed }, parseRuleConfiguration(rules));
