import { posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { FieldTraits, NoFieldSecurity, ReadOnlyReason } from '../catalogue/field-traits.js';

/**
 * What the project's package directories define, by kind: the names a manifest may reference without asking any
 * org. Read from source format as `sf project retrieve` lays it out (objects/<Object>/fields/<Field>.field-meta.xml,
 * classes/<Class>.cls-meta.xml, ...). Names are keyed in lower case: Salesforce compares API names without case.
 */
export type ProjectObjectKind = 'object' | 'customSetting' | 'customMetadataType';

export type ProjectField = { name: string; file: string; traits: FieldTraits };

export type ProjectObject = {
  name: string;
  kind: ProjectObjectKind;
  /** Its .object-meta.xml: where present, the project defines the object, and so every field of it it has. */
  file?: string;
  fields: ReadonlyMap<string, ProjectField>;
  recordTypes: ReadonlyMap<string, string>;
};

export type NamedComponent = { name: string; file: string };

export type ProjectSource = {
  objects: ReadonlyMap<string, ProjectObject>;
  apexClasses: ReadonlyMap<string, NamedComponent>;
  customPermissions: ReadonlyMap<string, NamedComponent>;
  flows: ReadonlyMap<string, NamedComponent>;
  /** External credentials with their principals (`<credential>-<principal>` is how permission sets name one). */
  externalCredentials: ReadonlyMap<string, NamedComponent & { principals: readonly string[] }>;
  permissionSets: ReadonlyMap<string, NamedComponent>;
};

export const EMPTY_PROJECT_SOURCE: ProjectSource = {
  objects: new Map(),
  apexClasses: new Map(),
  customPermissions: new Map(),
  flows: new Map(),
  externalCredentials: new Map(),
  permissionSets: new Map(),
};

/** A project file of interest: path relative to the project root, and its text where the kind needs it. */
export type SourceFile = { path: string; text?: string };

/** The suffixes whose files are read, and those whose name alone says what they define. */
export const CONTENT_SUFFIXES = ['.object-meta.xml', '.field-meta.xml', '.externalCredential-meta.xml'];
export const NAME_SUFFIXES = ['.recordType-meta.xml', '.cls-meta.xml', '.customPermission-meta.xml', '.flow-meta.xml', '.permissionset-meta.xml'];

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => name === 'externalCredentialParameters' });

const parse = (text: string | undefined): Record<string, unknown> => {
  if (text === undefined) return {};
  try {
    const root = Object.values(parser.parse(text) as Record<string, unknown>).find((value) => typeof value === 'object');
    return (root ?? {}) as Record<string, unknown>;
  } catch {
    // A file that is not XML fails its own deploy; here it only defines its name.
    return {};
  }
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A custom field's traits, from its CustomField metadata: a required or master-detail field refuses field-level
 * security ("You cannot deploy to a required field"); formula, roll-up summary and auto-number fields are read-only.
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm
 */
export const customFieldTraits = (xml: string | undefined): FieldTraits => {
  const field = parse(xml);
  const type = text(field.type);
  const noFieldSecurity: NoFieldSecurity | undefined = type === 'MasterDetail' ? 'masterDetail' : text(field.required) === 'true' ? 'required' : undefined;
  const readOnly: ReadOnlyReason | undefined =
    type === 'Summary' ? 'rollUp' : type === 'AutoNumber' ? 'autoNumber' : text(field.formula) !== undefined ? 'formula' : undefined;
  return { ...(noFieldSecurity ? { noFieldSecurity } : {}), ...(readOnly ? { readOnly } : {}) };
};

/** An object's kind: a custom setting says so in its CustomObject metadata (customSettingsType); a custom metadata type by its suffix. */
const objectKind = (name: string, xml: string | undefined): ProjectObjectKind => {
  if (name.toLowerCase().endsWith('__mdt')) return 'customMetadataType';
  return text(parse(xml).customSettingsType) === undefined ? 'object' : 'customSetting';
};

/** The principals an external credential defines: its NamedPrincipal and PerUserPrincipal parameters. */
const principalsOf = (xml: string | undefined): string[] =>
  ((parse(xml).externalCredentialParameters ?? []) as Array<Record<string, unknown>>)
    .filter((parameter) => ['NamedPrincipal', 'PerUserPrincipal'].includes(text(parameter.parameterType) ?? ''))
    .flatMap((parameter) => (text(parameter.parameterName) === undefined ? [] : [text(parameter.parameterName)!]));

type MutableObject = { name: string; kind: ProjectObjectKind; file?: string; fields: Map<string, ProjectField>; recordTypes: Map<string, string> };

/** The component name a file defines, and the folders above it: `objects/Account/fields/X__c.field-meta.xml` -> X__c, [..., objects, Account, fields]. */
const componentOf = (path: string, suffix: string): { name: string; folders: string[] } => ({
  name: posix.basename(path).slice(0, -suffix.length),
  folders: posix.dirname(path).split('/'),
});

/** Every name the project's source defines, from its files. Pure: the caller lists and reads them. */
export const projectSourceOf = (files: readonly SourceFile[]): ProjectSource => {
  const objects = new Map<string, MutableObject>();
  const objectNamed = (name: string): MutableObject => {
    const key = name.toLowerCase();
    const existing = objects.get(key) ?? { name, kind: objectKind(name, undefined), fields: new Map(), recordTypes: new Map() };
    objects.set(key, existing);
    return existing;
  };
  const named = {
    apexClasses: new Map<string, NamedComponent>(),
    customPermissions: new Map<string, NamedComponent>(),
    flows: new Map<string, NamedComponent>(),
    permissionSets: new Map<string, NamedComponent>(),
  };
  const externalCredentials = new Map<string, NamedComponent & { principals: string[] }>();
  const byList: Record<string, Map<string, NamedComponent>> = {
    '.cls-meta.xml': named.apexClasses,
    '.customPermission-meta.xml': named.customPermissions,
    '.flow-meta.xml': named.flows,
    '.permissionset-meta.xml': named.permissionSets,
  };

  for (const file of files) {
    const suffix = [...CONTENT_SUFFIXES, ...NAME_SUFFIXES].find((candidate) => file.path.endsWith(candidate));
    if (suffix === undefined) continue;
    const { name, folders } = componentOf(file.path, suffix);
    // objects/<Object>/<Object>.object-meta.xml, objects/<Object>/fields/..., objects/<Object>/recordTypes/...
    const parent = folders.at(-2);
    if (suffix === '.object-meta.xml') {
      const object = objectNamed(name);
      object.file = file.path;
      object.kind = objectKind(name, file.text);
    } else if (suffix === '.field-meta.xml' && parent !== undefined && folders.at(-1) === 'fields') {
      objectNamed(parent).fields.set(name.toLowerCase(), { name, file: file.path, traits: customFieldTraits(file.text) });
    } else if (suffix === '.recordType-meta.xml' && parent !== undefined && folders.at(-1) === 'recordTypes') {
      objectNamed(parent).recordTypes.set(name.toLowerCase(), name);
    } else if (suffix === '.externalCredential-meta.xml') {
      externalCredentials.set(name.toLowerCase(), { name, file: file.path, principals: principalsOf(file.text) });
    } else {
      byList[suffix]?.set(name.toLowerCase(), { name, file: file.path });
    }
  }
  return { objects, ...named, externalCredentials };
};
