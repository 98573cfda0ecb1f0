import type { ObjectRight } from '../manifest/manifest.js';
import type { Grants, Integration } from '../model/integration.js';
import { RIGHT_ORDER } from '../model/object-rights.js';
import { code, table } from './markdown.js';

/** A grant the integration's justifications accept, with its reason: the page lists them for the reviewer. */
export type AcceptedGrant = { grant: string; reason: string };

/** Each object right as Setup names it: the pages and the audit's review pack write them alike. */
export const RIGHT_TITLES: Readonly<Record<ObjectRight, string>> = {
  read: 'Read',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
  viewAll: 'View All',
  modifyAll: 'Modify All',
  viewAllFields: 'View All Fields',
};

/** The grants that are lists of names, each as one line: what it is, and what holding it lets the user do. */
const NAMED_LINES: ReadonlyArray<readonly [Exclude<keyof Grants, 'objects' | 'fields'>, string]> = [
  ['recordTypes', 'Record types (to create records of, or move records to)'],
  ['userPermissions', 'User permissions'],
  ['apexClasses', 'Apex classes'],
  ['customPermissions', 'Custom permissions'],
  ['customMetadataTypes', 'Custom metadata types (read)'],
  ['customSettings', 'Custom settings (read)'],
  ['flows', 'Flows (run)'],
  ['externalCredentialPrincipals', 'External credential principals (callouts with their credentials)'],
];

const rightsText = (rights: readonly ObjectRight[]): string => rights.map((right) => RIGHT_TITLES[right]).join(', ');

/** Why a right the manifest did not ask for is granted: Salesforce requires it for another grant of the set. */
const impliedLines = (grants: Grants): string[] => {
  const lines = grants.objects.flatMap(({ object, implied }) =>
    implied
      ? [`- ${code(object)}: ${rightsText(implied.rights)}, because Salesforce requires it for ${implied.by.map((cause) => `${RIGHT_TITLES[cause.right]} on ${code(cause.object)}`).join(' and ')}.`]
      : []
  );
  return lines.length === 0 ? [] : ['Granted because another grant needs it (the manifest does not ask for it):', '', ...lines, ''];
};

/** A permission set's grants (or a muting set's mutes) as tables and lines a reviewer reads without XML. */
const grantsSection = (grants: Grants, mark: string): string[] => [
  ...table(
    ['Object', ...RIGHT_ORDER.map((right) => RIGHT_TITLES[right])],
    grants.objects.map(({ object, rights }) => [code(object), ...RIGHT_ORDER.map((right) => (rights.includes(right) ? mark : ''))])
  ),
  ...impliedLines(grants),
  ...table(
    ['Field', 'Read', 'Edit'],
    grants.fields.map(({ field, readable, editable }) => [code(field), readable ? mark : '', editable ? mark : ''])
  ),
  ...NAMED_LINES.flatMap(([list, title]) => {
    const names = grants[list];
    return names.length > 0 ? [`${title}: ${names.map(code).join(', ')}`, ''] : [];
  }),
];

/**
 * Permission sets the group includes but plugin-intuser does not generate: the page cannot say what they
 * grant, and says so rather than let a reader take the tables above for the whole access.
 */
const existingSection = (integration: Integration): string[] =>
  integration.existingPermissionSets.length === 0
    ? []
    : [
        '### Existing permission sets (not generated here)',
        '',
        `The group also includes ${integration.existingPermissionSets.map(code).join(', ')}, which plugin-intuser neither generates, changes nor deletes.`,
        'What they grant is not shown on this page and `sf intuser validate` cannot judge it: review each one in the org (Setup → Permission Sets),',
        'and check that the integration user holds every license it needs (a managed package\'s, a permission set license), or assigning the group fails.',
        '',
      ];

/** What the integration user may do: each permission set, the existing ones, the mutes, the accepted grants. */
export const accessSection = (integration: Integration, accepted: readonly AcceptedGrant[]): string[] => {
  const generated = integration.permissionSets.map(({ apiName }) => code(apiName)).join(', ');
  const existing = integration.existingPermissionSets.length > 0 ? `, the existing ${integration.existingPermissionSets.map(code).join(', ')}` : '';
  const muting = integration.muting ? `, and mutes what ${code(integration.muting.apiName)} lists` : '';
  return [
    '## Access',
    '',
    `The user holds the permission set group ${code(integration.name)}, which bundles ${generated}${existing}${muting}.`,
    '',
    ...integration.permissionSets.flatMap((permissionSet) => [
      `### ${permissionSet.label} (${code(permissionSet.apiName)})`,
      '',
      permissionSet.description,
      '',
      ...grantsSection(permissionSet.grants, '✓'),
    ]),
    ...existingSection(integration),
    ...(integration.muting ? [`### Muted in the group (${code(integration.muting.apiName)})`, '', ...grantsSection(integration.muting.grants, 'muted')] : []),
    ...(accepted.length > 0
      ? ['### Accepted elevated grants', '', 'What `sf intuser validate` would report, accepted for the reason the manifest gives:', '', ...table(['Grant', 'Reason'], accepted.map(({ grant, reason }) => [code(grant), reason]))]
      : []),
  ];
};
