import type { ObjectRight } from '../../manifest/manifest.js';
import { readPermissionSet, UnreadableMetadataError } from '../../metadata/read-permission-set.js';
import type { PermissionSetContent } from '../../metadata/permission-set.js';
import type { Aspect, AspectKind } from './aspects.js';
import { leavesOf, parseComponent, UnreadableComponentError } from './metadata-tree.js';

const RIGHTS: ReadonlyArray<readonly [string, ObjectRight, string]> = [
  ['allowRead', 'read', 'Read'],
  ['allowCreate', 'create', 'Create'],
  ['allowEdit', 'edit', 'Edit'],
  ['allowDelete', 'delete', 'Delete'],
  ['viewAllRecords', 'viewAll', 'View All'],
  ['modifyAllRecords', 'modifyAll', 'Modify All'],
  ['viewAllFields', 'viewAllFields', 'View All Fields'],
];

type Entry = Readonly<Record<string, unknown>>;

/** The lists of names a permission set enables, each entry's name element and its switch. */
const NAMED: ReadonlyArray<{ element: keyof PermissionSetContent; kind: AspectKind; name: string; on: string; words: string }> = [
  { element: 'userPermissions', kind: 'userPermission', name: 'name', on: 'enabled', words: 'the user permission' },
  { element: 'classAccesses', kind: 'apexClass', name: 'apexClass', on: 'enabled', words: 'the Apex class' },
  { element: 'customPermissions', kind: 'customPermission', name: 'name', on: 'enabled', words: 'the custom permission' },
  { element: 'customMetadataTypeAccesses', kind: 'customMetadataType', name: 'name', on: 'enabled', words: 'the custom metadata type' },
  { element: 'customSettingAccesses', kind: 'customSetting', name: 'name', on: 'enabled', words: 'the custom setting' },
  { element: 'flowAccesses', kind: 'flow', name: 'flow', on: 'enabled', words: 'the flow' },
  { element: 'externalCredentialPrincipalAccesses', kind: 'externalCredentialPrincipal', name: 'externalCredentialPrincipal', on: 'enabled', words: 'the external credential principal' },
  { element: 'recordTypeVisibilities', kind: 'recordType', name: 'recordType', on: 'visible', words: 'the record type' },
];

/**
 * In a permission set a `true` grants; in a muting permission set it takes away from the group. A grant reaches
 * above zero, a mute below: the comparison then reads an added mute as narrowing, a removed one as widening.
 */
type Polarity = { sign: 1 | -1; granted: string; absent: string };
const GRANTS: Polarity = { sign: 1, granted: 'granted', absent: 'not granted' };
const MUTES: Polarity = { sign: -1, granted: 'muted', absent: 'not muted' };

const entries = (content: Partial<PermissionSetContent>, element: keyof PermissionSetContent): Entry[] => (content[element] ?? []) as unknown as Entry[];

const objectAspects = (content: Partial<PermissionSetContent>, polarity: Polarity): Aspect[] =>
  entries(content, 'objectPermissions').flatMap((entry) => {
    const object = String(entry.object);
    return RIGHTS.filter(([element]) => entry[element] === true).map(([element, right, words]): Aspect => ({
      key: `object:${object.toLowerCase()}:${right}`,
      kind: 'objectRight',
      item: `${object}.${right}`,
      subject: `${words} on ${object}`,
      value: polarity.granted,
      absent: polarity.absent,
      reach: polarity.sign,
      element: `objectPermissions.${element}`,
    }));
  });

/** Field access is one level: edit reaches further than read. A mute of read mutes edit too. */
const fieldAspects = (content: Partial<PermissionSetContent>, polarity: Polarity): Aspect[] =>
  entries(content, 'fieldPermissions').flatMap((entry): Aspect[] => {
    const [readable, editable] = [entry.readable === true, entry.editable === true];
    if (!readable && !editable) return [];
    const level = polarity.sign === 1 ? (editable ? 'edit' : 'read') : readable ? 'read' : 'edit';
    const reach = polarity.sign === 1 ? (editable ? 2 : 1) : readable ? -2 : -1;
    const field = String(entry.field);
    return [
      {
        key: `field:${field.toLowerCase()}`,
        kind: 'field',
        item: field,
        subject: `the field ${field}`,
        value: polarity.sign === 1 ? level : `${level} muted`,
        absent: polarity.sign === 1 ? 'no access' : 'not muted',
        reach,
        element: 'fieldPermissions',
      },
    ];
  });

const namedAspects = (content: Partial<PermissionSetContent>, polarity: Polarity): Aspect[] =>
  NAMED.flatMap(({ element, kind, name, on, words }) =>
    entries(content, element)
      .filter((entry) => entry[on] === true)
      .map((entry): Aspect => {
        const item = String(entry[name]);
        return { key: `${kind}:${item.toLowerCase()}`, kind, item, subject: `${words} ${item}`, value: polarity.granted, absent: polarity.absent, reach: polarity.sign, element };
      })
  );

const settingAspects = (content: Partial<PermissionSetContent>): Aspect[] => [
  ...(['label', 'description'] as const).map((element): Aspect => {
    const value = content[element] === undefined || content[element] === '' ? undefined : String(content[element]);
    return { key: `setting:${element}`, kind: 'setting', item: element, subject: `the ${element}`, value, absent: 'not set', element };
  }),
  // Activation required narrows: the user holds the permissions only in sessions that activate them.
  {
    key: 'setting:hasactivationrequired',
    kind: 'setting',
    item: 'hasActivationRequired',
    subject: 'activation required',
    value: String(content.hasActivationRequired === true),
    absent: 'false',
    reach: content.hasActivationRequired === true ? 0 : 1,
    element: 'hasActivationRequired',
  },
];

const TAB_VISIBLE = new Set(['Visible', 'Available', 'DefaultOn', 'DefaultOff']);

/**
 * What a permission set grants beyond what a manifest can express (an app's visibility, a tab, a Visualforce
 * page, a licence): each entry by its names, granting where a switch of it is on. The plugin never writes these,
 * so any the org holds that grants something was added there.
 */
const otherAspects = (xml: string, kind: 'PermissionSet' | 'MutingPermissionSet', elements: readonly string[], polarity: Polarity): Aspect[] => {
  if (elements.length === 0) return [];
  const tree = parseComponent(xml, kind);
  return elements.flatMap((element) => {
    const values = tree[element] ?? [];
    return values.flatMap((value): Aspect[] => {
      const leaves = typeof value === 'string' ? [['', value] as [string, string]] : leavesOf(value);
      const names = leaves.filter(([, text]) => text !== 'true' && text !== 'false' && !TAB_VISIBLE.has(text) && text !== 'None' && text !== 'Hidden');
      const grants = leaves.some(([, text]) => text === 'true' || TAB_VISIBLE.has(text)) || typeof value === 'string';
      if (!grants) return [];
      const item = names.map(([, text]) => text).join(' ') || element;
      return [{
        key: `other:${element.toLowerCase()}:${item.toLowerCase()}`,
        kind: 'otherAccess',
        item,
        subject: `${element} ${item}`,
        value: leaves.map(([path, text]) => (path === '' ? text : `${path} ${text}`)).join(', '),
        absent: polarity.absent,
        reach: polarity.sign,
        element,
      }];
    });
  });
};

/** The aspects of a permission set or muting permission set, from its XML. */
export const permissionSetAspects = (xml: string): Aspect[] => {
  let read: ReturnType<typeof readPermissionSet>;
  try {
    read = readPermissionSet(xml);
  } catch (error) {
    if (error instanceof UnreadableMetadataError) throw new UnreadableComponentError(error.message);
    throw error;
  }
  const polarity = read.kind === 'MutingPermissionSet' ? MUTES : GRANTS;
  return [
    ...settingAspects(read.content),
    ...objectAspects(read.content, polarity),
    ...fieldAspects(read.content, polarity),
    ...namedAspects(read.content, polarity),
    ...otherAspects(xml, read.kind, read.unexpressed, polarity),
  ];
};
