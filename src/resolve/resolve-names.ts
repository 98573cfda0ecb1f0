import { Messages } from '@salesforce/core';
import type { CatalogueObject } from '../catalogue/catalogue-types.js';
import { standardFieldTraits, type FieldTraits } from '../catalogue/field-traits.js';
import { parentAccessOf } from '../catalogue/parent-access.js';
import { STANDARD_OBJECTS, standardField, standardFieldNames, standardObject } from '../catalogue/standard-objects.js';
import { SYSTEM_FIELDS } from '../catalogue/system-fields.js';
import { USER_PERMISSIONS } from '../catalogue/user-permissions.js';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';
import type { FieldAccess, Manifest, ManifestGrants } from '../manifest/manifest.js';
import { closestNames } from '../manifest/suggest.js';
import type { NamedComponent, ProjectObject, ProjectObjectKind, ProjectSource } from './project-source.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'resolve');

/** The suffixes of custom components' API names (`Invoice__c`, `Setting__mdt`, `Order_Event__e`, ...). */
const CUSTOM_SUFFIX = /__(?:c|mdt|e|x|b|r)$/i;

/**
 * `ns__Name__c`, `ns__Name`: a managed package's component, which only the org can confirm. A custom name has a
 * namespace when its stem holds one more `__` (`acme__Invoice__c`); any other name when it holds one (`acme__Api`).
 */
const isNamespaced = (name: string): boolean => (CUSTOM_SUFFIX.test(name) ? name.split('__').length > 2 : name.includes('__'));
const isCustom = (name: string): boolean => name.includes('__');
const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');

/** The manifest list each kind of object is granted in. */
const LIST_OF: Readonly<Record<ProjectObjectKind, string>> = { object: 'objects', customSetting: 'customSettings', customMetadataType: 'customMetadataTypes' };

type ObjectFound = { project?: ProjectObject; catalogue?: CatalogueObject };

const findObject = (project: ProjectSource, name: string): ObjectFound | undefined => {
  const inProject = project.objects.get(name.toLowerCase());
  const inCatalogue = standardObject(name);
  if (!inProject && !inCatalogue) return undefined;
  return { ...(inProject ? { project: inProject } : {}), ...(inCatalogue ? { catalogue: inCatalogue } : {}) };
};

type FieldFound = { name: string; traits: FieldTraits };

const findField = (object: ObjectFound, field: string): FieldFound | undefined => {
  const standard = object.catalogue ? standardField(object.catalogue, field) : undefined;
  // A standard field's traits are Salesforce's, even where the project holds its metadata.
  if (standard) return { name: standard.name, traits: standardFieldTraits(object.catalogue!.name, standard.field, Object.hasOwn(SYSTEM_FIELDS, standard.name)) };
  const custom = object.project?.fields.get(field.toLowerCase());
  if (custom) return { name: custom.name, traits: custom.traits };
  // Every object's Name field is required (or an auto-number): its security is never set, whatever object holds it.
  return field.toLowerCase() === 'name' ? { name: 'Name', traits: { noFieldSecurity: 'required' } } : undefined;
};

const knownFieldNames = (object: ObjectFound): string[] => [
  ...(object.catalogue ? standardFieldNames(object.catalogue) : []),
  ...[...(object.project?.fields.values() ?? [])].map(({ name }) => name),
];

/**
 * The object names a name not found may have meant, by project: an estate names the same objects in many
 * manifests, and scoring each against the catalogue's hundreds of names once is enough.
 */
const suggestionsByProject = new WeakMap<ProjectSource, { objectNames: string[]; byName: Map<string, string[]> }>();
const objectSuggestions = (project: ProjectSource, name: string): string[] => {
  let known = suggestionsByProject.get(project);
  if (known === undefined) {
    known = { objectNames: [...STANDARD_OBJECTS.map((object) => object.name), ...[...project.objects.values()].map((object) => object.name)], byName: new Map() };
    suggestionsByProject.set(project, known);
  }
  let suggestions = known.byName.get(name);
  if (suggestions === undefined) {
    suggestions = closestNames(name, known.objectNames);
    known.byName.set(name, suggestions);
  }
  return suggestions;
};

/** Checks one section of grants (a permission set, or the mute) against what the project and the catalogue define. */
const grantChecker = (file: string, project: ProjectSource, diagnostics: Diagnostic[]) => {
  const error = (path: ManifestPath, key: boolean, message: string, fix: string): void => {
    diagnostics.push({ file, at: { path, ...(key ? { key: true } : {}) }, message, fix });
  };
  const note = (path: ManifestPath, key: boolean, message: string): void => {
    diagnostics.push({ file, at: { path, ...(key ? { key: true } : {}) }, message, fix: messages.getMessage('fix.checkInOrg'), severity: 'note' });
  };
  /** An object, custom setting or custom metadata type named in the list of another kind. */
  const misplaced = (name: string, path: ManifestPath, key: boolean, is: ProjectObjectKind, listedAs: ProjectObjectKind): void => {
    error(path, key, messages.getMessage('error.misplaced', [name, messages.getMessage(`article.${is}`), messages.getMessage(`article.${listedAs}`)]), messages.getMessage('fix.misplaced', [LIST_OF[is]]));
  };

  const checkObject = (name: string, path: ManifestPath): ObjectFound | undefined => {
    const found = findObject(project, name);
    const kind = found?.project?.kind ?? (name.toLowerCase().endsWith('__mdt') ? 'customMetadataType' : 'object');
    if (kind !== 'object') {
      misplaced(name, path, true, kind, 'object');
      return undefined;
    }
    if (found) return found;
    const suggestions = objectSuggestions(project, name);
    if (suggestions.length > 0) error(path, true, messages.getMessage('error.unknownObject', [name, quoted(suggestions)]), messages.getMessage('fix.unknownObject'));
    else note(path, true, messages.getMessage(isCustom(name) ? 'note.objectNotInProject' : 'note.objectNotCatalogued', [name]));
    return undefined;
  };

  const checkField = (object: string, found: ObjectFound, field: string, access: FieldAccess, path: ManifestPath): void => {
    const qualified = `${object}.${field}`;
    const known = findField(found, field);
    if (known) {
      const { noFieldSecurity, readOnly } = known.traits;
      if (noFieldSecurity) {
        error(path, true, messages.getMessage(`error.fieldSecurity.${noFieldSecurity}`, [qualified, object]), messages.getMessage(noFieldSecurity === 'compound' ? 'fix.fieldSecurity.compound' : 'fix.fieldSecurity'));
      } else if (readOnly && access === 'edit') {
        error(path, false, messages.getMessage(`error.readOnly.${readOnly}`, [qualified]), messages.getMessage('fix.readOnly'));
      }
      return;
    }
    const suggestions = closestNames(field, knownFieldNames(found));
    // The project defines the object: every field it has is in the project too, unless a package brings it.
    const definedHere = found.project?.file !== undefined && isCustom(field) && !isNamespaced(field);
    if (suggestions.length > 0) {
      const where = found.project?.file ?? messages.getMessage('salesforce');
      error(path, true, messages.getMessage('error.unknownField', [field, object, where, quoted(suggestions)]), messages.getMessage('fix.unknownField', [qualified]));
    } else if (definedHere) {
      error(path, true, messages.getMessage('error.unknownFieldNoSuggestion', [field, object, found.project!.file!]), messages.getMessage('fix.unknownField', [qualified]));
    } else {
      note(path, true, messages.getMessage(isCustom(field) ? 'note.fieldNotInProject' : 'note.fieldNotCatalogued', [qualified, object]));
    }
  };

  /** A name of a list checked against the project's components of one kind (or, for user permissions, the catalogue). */
  const checkName = (name: string, path: ManifestPath, kind: string, names: readonly string[]): void => {
    if (names.some((candidate) => candidate.toLowerCase() === name.toLowerCase())) return;
    const suggestions = isNamespaced(name) ? [] : closestNames(name, names);
    const what = messages.getMessage(`kind.${kind}`);
    if (suggestions.length > 0) {
      const orSalesforce = kind === 'userPermission' ? ` ${messages.getMessage('orSalesforce')}` : '';
      const fix = kind === 'userPermission' ? 'fix.unknownUserPermission' : 'fix.unknownName';
      error(path, false, messages.getMessage('error.unknownName', [name, what, orSalesforce, quoted(suggestions)]), messages.getMessage(fix));
    } else {
      note(path, false, kind === 'userPermission' ? messages.getMessage('note.userPermissionNotCatalogued', [name]) : messages.getMessage('note.nameNotInProject', [name, what]));
    }
  };

  const namesOf = (components: ReadonlyMap<string, NamedComponent>): string[] => [...components.values()].map((component) => component.name);

  /** A custom setting or custom metadata type: an object of the project of that kind, or one only the org has. */
  const checkObjectOfKind = (name: string, path: ManifestPath, kind: 'customSetting' | 'customMetadataType'): void => {
    const found = project.objects.get(name.toLowerCase());
    if (found && found.kind !== kind) {
      misplaced(name, path, false, found.kind, kind);
      return;
    }
    const names = [...project.objects.values()].filter((object) => object.kind === kind).map((object) => object.name);
    checkName(name, path, `${kind}.name`, names);
  };

  /** `Credential-Principal`: the external credential, then the principal it defines. */
  const checkPrincipal = (name: string, path: ManifestPath): void => {
    const [credentialName = ''] = name.split('-');
    const credential = project.externalCredentials.get(credentialName.toLowerCase());
    if (!credential) {
      checkName(name, path, 'externalCredentialPrincipal', [...project.externalCredentials.values()].flatMap((known) => known.principals.map((principal) => `${known.name}-${principal}`)));
      return;
    }
    checkName(name, path, 'externalCredentialPrincipal', credential.principals.map((known) => `${credential.name}-${known}`));
  };

  return (grants: ManifestGrants, base: ManifestPath): void => {
    for (const [object, grant] of Object.entries(grants.objects ?? {})) {
      const objectPath = [...base, 'objects', object];
      const found = checkObject(object, objectPath);
      if (!found) continue;
      const parent = parentAccessOf(object);
      if (parent && (grant.access ?? []).length > 0) {
        error([...objectPath, 'access'], false, messages.getMessage('error.accessFollowsParent', [object, parent.parent]), messages.getMessage('fix.accessFollowsParent', [parent.parent]));
      }
      for (const [field, access] of Object.entries(grant.fields ?? {})) checkField(object, found, field, access, [...objectPath, 'fields', field]);
      const recordTypes = [...(found.project?.recordTypes.values() ?? [])];
      (grant.recordTypes ?? []).forEach((name, index) => checkName(name, [...objectPath, 'recordTypes', index], 'recordType', recordTypes));
    }
    (grants.userPermissions ?? []).forEach((name, index) => checkName(name, [...base, 'userPermissions', index], 'userPermission', USER_PERMISSIONS));
    (grants.apexClasses ?? []).forEach((name, index) => checkName(name, [...base, 'apexClasses', index], 'apexClass', namesOf(project.apexClasses)));
    (grants.customPermissions ?? []).forEach((name, index) => checkName(name, [...base, 'customPermissions', index], 'customPermission', namesOf(project.customPermissions)));
    (grants.customMetadataTypes ?? []).forEach((name, index) => checkObjectOfKind(name, [...base, 'customMetadataTypes', index], 'customMetadataType'));
    (grants.customSettings ?? []).forEach((name, index) => checkObjectOfKind(name, [...base, 'customSettings', index], 'customSetting'));
    (grants.flows ?? []).forEach((name, index) => checkName(name, [...base, 'flows', index], 'flow', namesOf(project.flows)));
    (grants.externalCredentialPrincipals ?? []).forEach((name, index) => checkPrincipal(name, [...base, 'externalCredentialPrincipals', index]));
  };
};

/** Existing permission sets: the project's own, or (most often) a managed package's, which only the org holds. */
const checkExisting = (file: string, manifest: Manifest, project: ProjectSource, diagnostics: Diagnostic[]): void => {
  const known = [...project.permissionSets.values()].map(({ name }) => name);
  (manifest.existingPermissionSets ?? []).forEach((name, index) => {
    if (known.some((candidate) => candidate.toLowerCase() === name.toLowerCase())) return;
    const suggestions = isNamespaced(name) ? [] : closestNames(name, known);
    const at = { path: ['existingPermissionSets', index] };
    const what = messages.getMessage('kind.permissionSet');
    if (suggestions.length > 0) {
      diagnostics.push({ file, at, message: messages.getMessage('error.unknownName', [name, what, '', quoted(suggestions)]), fix: messages.getMessage('fix.unknownName') });
    } else {
      diagnostics.push({ file, at, message: messages.getMessage('note.nameNotInProject', [name, what]), fix: messages.getMessage('fix.checkInOrg'), severity: 'note' });
    }
  });
};

/**
 * Every name a manifest references, resolved offline against what the project's package directories define and
 * the catalogue of standard objects, fields and user permissions: an error where the name is certainly wrong (a
 * typo with a close known name, a field missing from an object the project defines, a field whose security or
 * edit Salesforce refuses), a note where only the org can tell (a managed package's name, a field created in
 * Setup). Pure.
 */
export const resolveNames = (file: string, manifest: Manifest, project: ProjectSource): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const check = grantChecker(file, project, diagnostics);
  manifest.permissionSets.forEach((permissionSet, index) => check(permissionSet, ['permissionSets', index]));
  if (manifest.mute) check(manifest.mute, ['mute']);
  checkExisting(file, manifest, project, diagnostics);
  return diagnostics;
};
