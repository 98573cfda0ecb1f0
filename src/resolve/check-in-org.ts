import { Messages, SfError } from '@salesforce/core';
import { formatLocation, locateDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';
import type { ValidatedManifests } from '../manifest/validate-manifests.js';
import type { Integration } from '../model/integration.js';
import { estateNames } from '../model/references.js';
import { readOrgNames } from '../org/org-names.js';
import type { OrgSession } from '../org/org-session.js';
import { orgDiagnostics, permissionsToCheck } from './org-diagnostics.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'org-check');

/** The org's word on the names: problems at their manifest lines, and what it could not be asked about. */
export type OrgCheck = { problems: LocatedDiagnostic[]; unchecked: string[] };

/**
 * Asks the target org about every name the chosen integrations reference (org/org-names.ts: one describe per
 * object, one query per kind, all at once) and judges the answers (org-diagnostics.ts). This is what settles
 * the notes of offline resolution: names only the org can confirm.
 */
export const checkInOrg = async (estate: { integrations: readonly Integration[]; validated: ValidatedManifests }, session: OrgSession): Promise<OrgCheck> => {
  const org = await readOrgNames(session, estateNames(estate.integrations), permissionsToCheck(estate.integrations));
  const manifests = new Map<string, Manifest>(estate.validated.manifests.map(({ file, manifest }) => [file, manifest]));
  const problems = locateDiagnostics(orgDiagnostics(estate.integrations, manifests, org), (file, at) => estate.validated.locators.get(file)?.(at));
  return { problems, unchecked: org.unchecked.map(({ kind, reason }) => messages.getMessage('warning.unchecked', [kind, reason])) };
};

/** The offline notes the org check settles: a name note is confirmed unless its kind went unchecked. */
export const settledNotes = (notes: readonly LocatedDiagnostic[], check: OrgCheck, manifestFiles: ReadonlySet<string>): LocatedDiagnostic[] =>
  check.unchecked.length > 0 ? [...notes] : notes.filter(({ file }) => !manifestFiles.has(file));

/** The JSON payload an SfError carries to `--json` output. */
type ErrorData = NonNullable<Parameters<typeof SfError.create>[0]['data']>;

/** Every problem the org found, each at its manifest line, exit 1: nothing has been sent. */
export const orgCheckError = (problems: readonly LocatedDiagnostic[]): SfError =>
  SfError.create({
    message: messages.getMessage('error.orgCheck', [
      problems.length,
      new Set(problems.map(({ file }) => file)).size,
      problems.map((problem) => `${formatLocation(problem)}${problem.path ? ` (${problem.path})` : ''}: ${problem.message}\n    ${problem.fix}`).join('\n'),
    ]),
    name: 'OrgCheckFailedError',
    actions: messages.getMessages('action.orgCheck'),
    exitCode: 1,
    data: problems as unknown as ErrorData,
  });
