import type { EmulatedOrg } from './emulated-org.js';
import { jsonReply, restError, type Reply } from './http-exchange.js';
import { organizationRecord, userRecord } from './org-records.js';
import { salesforceId } from './salesforce-id.js';

const SELECT = /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)/i;

/**
 * Just enough SOQL for logging in (the Organization and the User, each the org's only record, with the
 * selected fields) and for looking up deployed permission sets by name. Any other object is unknown, as ScratchOrgInfo must be: AuthInfo asks for it to tell a
 * Dev Hub, and the emulated org is not one.
 */
const NAME_IN = /WHERE\s+Name\s+IN\s*\(([^)]*)\)/i;

/**
 * The permission sets the org holds (deployed to it), with Ids stable for their names: what a deploy that
 * references permission sets by Id looks up. Only `WHERE Name IN (...)` is understood.
 */
const permissionSetRecords = (org: EmulatedOrg, soql: string): Array<Record<string, unknown>> => {
  const names = new Set((NAME_IN.exec(soql)?.[1] ?? '').split(',').map((name) => name.trim().replace(/^'|'$/g, '')));
  const saved = [...new Set(org.savedComponents.filter(({ type }) => type === 'PermissionSet').map(({ fullName }) => fullName))].sort();
  return saved
    .map((name, index) => ({ attributes: { type: 'PermissionSet' }, Id: salesforceId('0PS', index + 1), Name: name }))
    .filter(({ Name }) => names.has(Name));
};

export const queryReply = (org: EmulatedOrg, soql: string): Reply => {
  const match = SELECT.exec(soql);
  if (!match) return restError(400, 'MALFORMED_QUERY', `unexpected token: '${soql.trim().split(/\s+/)[0] ?? ''}'`);
  const [, fieldList = '', object = ''] = match;
  if (object.toLowerCase() === 'permissionset') {
    const records = permissionSetRecords(org, soql);
    return jsonReply(200, { totalSize: records.length, done: true, records });
  }
  const record = { organization: organizationRecord(org), user: userRecord(org) }[object.toLowerCase()];
  if (!record) {
    const column = soql.search(new RegExp(`\\b${object}\\b`)) + 1;
    return restError(
      400,
      'INVALID_TYPE',
      `\n${soql}\n${' '.repeat(column - 1)}^\nERROR at Row:1:Column:${column}\nsObject type '${object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
    );
  }
  const selected = fieldList.split(',').map((field) => field.trim().toLowerCase());
  const projected = Object.fromEntries(Object.entries(record).filter(([key]) => key === 'attributes' || selected.includes(key.toLowerCase())));
  return jsonReply(200, { totalSize: 1, done: true, records: [projected] });
};
