import { usedPermissionSetLicences, usedUserLicences } from './data/derived-fields.js';
import type { OrgDatabase } from './data/org-database.js';
import type { SObjectRecord } from './data/record-store.js';
import { resolveTestFields, type TestFields } from './data/test-rows.js';
import type { FieldValue } from './org-schema.js';
import { insertAsPlatform, updateAsPlatform } from './platform/platform-writes.js';

/**
 * What a test reads and writes of the org's data, beside the API: no rule is checked (a test arranges any
 * state, however a real org got there), but the platform still does what it always does (a new user gets
 * their UserLogin and profile assignment). Rows come back as copies.
 */
export type TestDataAccess = {
  /** Rows of an object, deleted ones left out; only those whose fields equal every given value. */
  records: (type: string, match?: Readonly<Record<string, FieldValue>>) => SObjectRecord[];
  /** The one row that matches; a test's mistake (none, or several) throws. */
  record: (type: string, match: Readonly<Record<string, FieldValue>>) => SObjectRecord;
  /** Adds a row as if it had been made in the org; related rows can be named: { Profile: { Name: 'Standard User' } }. */
  insert: (type: string, fields: TestFields) => SObjectRecord;
  /** Changes the one row with this Id, or matching these fields. */
  update: (type: string, which: string | Readonly<Record<string, FieldValue>>, changes: TestFields) => SObjectRecord;
  /** Takes every free seat of a user licence (by Name) or permission set licence (by DeveloperName). */
  exhaustLicence: (name: string) => void;
};

export const testDataAccess = (db: OrgDatabase): TestDataAccess => {
  const record = (type: string, match: Readonly<Record<string, FieldValue>>): SObjectRecord => {
    const found = db.where(type, match);
    if (found.length !== 1) throw new Error(`Org emulator: ${found.length} ${type} rows match ${JSON.stringify(match)}, not one`);
    return { ...found[0] };
  };
  return {
    records: (type, match = {}) => db.where(type, match).map((row) => ({ ...row })),
    record,
    insert: (type, fields) => ({ ...insertAsPlatform(db, type, resolveTestFields(db, type, fields)) }),
    update: (type, which, changes) => {
      const id = typeof which === 'string' ? which : String(record(type, which).Id);
      return { ...updateAsPlatform(db, type, id, resolveTestFields(db, type, changes)) };
    },
    exhaustLicence: (name) => {
      const userLicence = db.where('UserLicense', { Name: name })[0];
      const setLicence = db.where('PermissionSetLicense', { DeveloperName: name })[0];
      if (userLicence) db.updateRow('UserLicense', String(userLicence.Id), { TotalLicenses: usedUserLicences(db, String(userLicence.Id)) });
      else if (setLicence) db.updateRow('PermissionSetLicense', String(setLicence.Id), { TotalLicenses: usedPermissionSetLicences(db, String(setLicence.Id)) });
      else throw new Error(`Org emulator: no user licence or permission set licence named ${name}`);
    },
  };
};
