import { Messages } from '@salesforce/core';
import { MINIMUM_API_VERSIONS } from '../catalogue/api-versions.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../output/render-integration.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'estate');

export const PROJECT_FILE = 'sfdx-project.json';

/** The metadata type of a generated file, by its suffix. */
const TYPE_OF_SUFFIX: ReadonlyArray<readonly [string, string]> = [
  ['.permissionset-meta.xml', 'PermissionSet'],
  ['.permissionsetgroup-meta.xml', 'PermissionSetGroup'],
  ['.mutingpermissionset-meta.xml', 'MutingPermissionSet'],
  ['.connectedApp-meta.xml', 'ConnectedApp'],
  ['.eca-meta.xml', 'ExternalClientApplication'],
  ['.ecaOauth-meta.xml', 'ExtlClntAppOauthSettings'],
  ['.ecaGlblOauth-meta.xml', 'ExtlClntAppGlobalOauthSettings'],
  ['.ecaOauthPlcy-meta.xml', 'ExtlClntAppOauthConfigurablePolicies'],
  ['.ecaPlcy-meta.xml', 'ExtlClntAppConfigurablePolicies'],
];

/** A type or element a generated file uses, with the API version that introduced it. */
export type ApiVersionNeed = { name: string; since: number };

/** The element names each entry of the catalogue is found by, grouped by the type whose files hold them. */
const ELEMENTS_OF_TYPE: ReadonlyMap<string, ReadonlyArray<{ need: ApiVersionNeed; element: string }>> = (() => {
  const byType = new Map<string, Array<{ need: ApiVersionNeed; element: string }>>();
  for (const { name, since } of MINIMUM_API_VERSIONS) {
    const [owner, ...path] = name.split('.');
    if (path.length > 0) byType.set(owner!, [...(byType.get(owner!) ?? []), { need: { name, since }, element: path.at(-1)! }]);
  }
  return byType;
})();

/**
 * Which of `elements` the text opens a tag of: one scan for all of them, begun again past each one found with
 * the ones still sought. An `includes` per element read a whole permission set for each element it lacks.
 */
const elementsIn = (text: string, elements: readonly string[]): Set<string> => {
  const found = new Set<string>();
  let sought = [...new Set(elements)];
  let from = 0;
  while (sought.length > 0) {
    // The catalogue's element names are plain identifiers: nothing in them to escape.
    const pattern = new RegExp(`<(${sought.join('|')})>`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    found.add(match[1]!);
    sought = sought.filter((element) => element !== match[1]);
    from = pattern.lastIndex;
  }
  return found;
};

/**
 * Each type and element a file uses, with the version that introduced it (muting permission sets write
 * PermissionSet's elements). `known` are needs already found in other files: a walk of the estate looks for
 * each element only until some file has it.
 */
export const apiVersionNeedsOf = (file: GeneratedFile, known: { has: (name: string) => boolean } = new Set<string>()): ApiVersionNeed[] => {
  const type = TYPE_OF_SUFFIX.find(([suffix]) => file.path.endsWith(suffix))?.[1];
  if (type === undefined) return [];
  const typeNeed = MINIMUM_API_VERSIONS.find(({ name }) => name === type);
  const owners = type === 'MutingPermissionSet' ? ['MutingPermissionSet', 'PermissionSet'] : [type];
  const candidates = owners.flatMap((owner) => ELEMENTS_OF_TYPE.get(owner) ?? []).filter(({ need }) => !known.has(need.name));
  const present = elementsIn(file.content, candidates.map(({ element }) => element));
  const elementNeeds = candidates.filter(({ element }) => present.has(element)).map(({ need }) => need);
  return [...(typeNeed ? [{ name: typeNeed.name, since: typeNeed.since }] : []), ...elementNeeds];
};

const versionNumber = (version: string): number => Number.parseFloat(version);

/**
 * What the generated files need of the project's sourceApiVersion, which source-deploy-retrieve deploys with: a
 * version older than a type or element they use makes the deploy refuse them. An error at sfdx-project.json names
 * the version to set and why; no sourceApiVersion at all is a note (the org's version is used, or 58.0 offline).
 */
export const apiVersionDiagnostic = (files: readonly GeneratedFile[], sourceApiVersion: string | undefined, line: number | undefined): Diagnostic | undefined =>
  versionDiagnostic(files.flatMap((file) => apiVersionNeedsOf(file)), sourceApiVersion, line);

/** The same judgement over needs gathered file by file (estate/walk-estate): an estate's files are never held whole. */
export const versionDiagnostic = (needs: readonly ApiVersionNeed[], sourceApiVersion: string | undefined, line: number | undefined): Diagnostic | undefined => {
  if (needs.length === 0) return undefined;
  const highest = Math.max(...needs.map(({ since }) => since));
  const required = `${highest.toFixed(1)}`;
  const position = line === undefined ? {} : { position: { line, column: 1 } };
  if (sourceApiVersion === undefined) {
    return { file: PROJECT_FILE, at: { path: ['sourceApiVersion'] }, ...position, severity: 'note', message: messages.getMessage('note.noSourceApiVersion'), fix: messages.getMessage('fix.sourceApiVersion', [required]) };
  }
  if (versionNumber(sourceApiVersion) >= highest) return undefined;
  const why = [...new Set(needs.filter(({ since }) => since > versionNumber(sourceApiVersion)).map(({ name, since }) => `${name} (${since.toFixed(1)})`))].sort().join(', ');
  return { file: PROJECT_FILE, at: { path: ['sourceApiVersion'] }, ...position, message: messages.getMessage('error.sourceApiVersion', [sourceApiVersion, why]), fix: messages.getMessage('fix.sourceApiVersion', [required]) };
};

/** sfdx-project.json's sourceApiVersion and the line it stands on, as read from the file's text. */
export type ProjectApiVersion = { version: string | undefined; line: number | undefined };

/** Undefined for a project file that is not JSON: the CLI itself refuses it, before any command of ours runs. */
export const projectApiVersionOf = (text: string): ProjectApiVersion | undefined => {
  let version: unknown;
  try {
    version = (JSON.parse(text) as { sourceApiVersion?: unknown }).sourceApiVersion;
  } catch {
    return undefined;
  }
  const line = text.split('\n').findIndex((content) => content.includes('"sourceApiVersion"'));
  return { version: typeof version === 'string' ? version : undefined, line: line < 0 ? undefined : line + 1 };
};
