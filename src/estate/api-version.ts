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

/** Each type and element the files use, with the version that introduced it (muting permission sets write PermissionSet's elements). */
const needsOf = (file: GeneratedFile): Array<{ name: string; since: number }> => {
  const type = TYPE_OF_SUFFIX.find(([suffix]) => file.path.endsWith(suffix))?.[1];
  if (type === undefined) return [];
  const elementsOf = type === 'MutingPermissionSet' ? ['MutingPermissionSet', 'PermissionSet'] : [type];
  return MINIMUM_API_VERSIONS.filter(({ name }) => {
    const [owner, ...path] = name.split('.');
    if (owner === type && path.length === 0) return true;
    return elementsOf.includes(owner!) && path.length > 0 && file.content.includes(`<${path.at(-1)!}>`);
  }).map(({ name, since }) => ({ name, since }));
};

const versionNumber = (version: string): number => Number.parseFloat(version);

/**
 * What the generated files need of the project's sourceApiVersion, which source-deploy-retrieve deploys with: a
 * version older than a type or element they use makes the deploy refuse them. An error at sfdx-project.json names
 * the version to set and why; no sourceApiVersion at all is a note (the org's version is used, or 58.0 offline).
 */
export const apiVersionDiagnostic = (files: readonly GeneratedFile[], sourceApiVersion: string | undefined, line: number | undefined): Diagnostic | undefined => {
  const needs = files.flatMap(needsOf);
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
