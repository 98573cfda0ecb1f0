import { XMLParser } from 'fast-xml-parser';
import type { ComponentProblem } from './component-problem.js';
import { findField, hasObject, type OrgSchema } from '../../org-schema.js';

/** Types that carry object and field permissions in the PermissionSet shape. */
export const PERMISSION_TYPES: ReadonlySet<string> = new Set(['PermissionSet', 'MutingPermissionSet', 'Profile']);

type Permissions = {
  objectPermissions: Array<{ object?: string }>;
  fieldPermissions: Array<{ field?: string }>;
};

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'objectPermissions' || name === 'fieldPermissions',
});

const permissionsOf = (xml: string): Permissions => {
  const parsed = parser.parse(xml) as Record<string, Partial<Permissions> | undefined>;
  const root = Object.entries(parsed).find(([key]) => key !== '?xml')?.[1] ?? {};
  return { objectPermissions: root.objectPermissions ?? [], fieldPermissions: root.fieldPermissions ?? [] };
};

/**
 * The first object or field permission the org cannot accept: an object or field it does not have, or FLS
 * on a required field. Salesforce stops at a component's first such error, and so does the emulator.
 * Wording from real deploy results: "In field: field - no CustomField named Order.Foo__c found",
 * "In field: object - no CustomObject named Foo__c found", "You cannot deploy to a required field: Account.Name".
 */
export const permissionProblem = (xml: string, schema: OrgSchema): ComponentProblem | undefined => {
  const { objectPermissions, fieldPermissions } = permissionsOf(xml);
  for (const { object = '' } of objectPermissions) {
    if (!hasObject(schema, object)) return { problem: `In field: object - no CustomObject named ${object} found` };
  }
  for (const { field = '' } of fieldPermissions) {
    const dot = field.indexOf('.');
    const definition = dot < 0 ? undefined : findField(schema, field.slice(0, dot), field.slice(dot + 1));
    if (definition === undefined) return { problem: `In field: field - no CustomField named ${field} found` };
    if (definition.required) return { problem: `You cannot deploy to a required field: ${field}` };
  }
  return undefined;
};
