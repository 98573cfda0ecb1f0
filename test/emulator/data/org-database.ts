import type { FieldValue, OrgSchema } from '../org-schema.js';
import { deriveFields, HAS_DERIVED_FIELDS, virtualRows } from './derived-fields.js';
import { describeField } from './field-traits.js';
import { catalogueFor, type ObjectCatalogue } from './object-catalogue.js';
import type { ObjectDefinition } from './object-definition.js';
import { RecordStore, sameId, type SObjectRecord } from './record-store.js';

/** How a permission set group's recalculation goes after a change (data/group-recalculation.ts). */
export type GroupRecalculation = 'completes' | 'stuck' | 'fails';

/** What a test can switch on the data side; read at each call, so org.configure() takes effect at once. */
export type DataBehaviour = {
  /** Business objects and fields (default: a few standard objects, see org-schema.ts). */
  schema: OrgSchema;
  /** Usernames another Salesforce org already has: creating a user with one fails with DUPLICATE_USERNAME. */
  usernamesTakenElsewhere: readonly string[];
  /** The running user's effective user permissions, over what their profile and permission sets grant. */
  runningUserPermissions: Readonly<Record<string, boolean>>;
  /** Per permission set group (DeveloperName): a recalculation that never ends, or ends Failed. */
  groupRecalculation: Readonly<Record<string, GroupRecalculation>>;
};

/** REST's dateTime form: 2026-03-01T10:00:00.000+0000. */
export const restDateTime = (date: Date): string => date.toISOString().replace(/Z$/, '+0000');

/**
 * The org's data: its tables, the objects they hold and who is asking. Reads through rows()/get() see
 * derived fields (UsedLicenses) and virtual objects (UserPermissionAccess) as a client sees them.
 */
export class OrgDatabase {
  public readonly store: RecordStore;

  public constructor(
    public readonly orgId: string,
    public readonly runningUserId: string,
    orgNumber: number,
    private readonly behaviourNow: () => DataBehaviour
  ) {
    this.store = new RecordStore(orgNumber);
  }

  public get behaviour(): DataBehaviour {
    return this.behaviourNow();
  }

  public get catalogue(): ObjectCatalogue {
    return catalogueFor(this.behaviour.schema);
  }

  public now(): string {
    return restDateTime(new Date());
  }

  /** The object of that name (any API), or an error: for the org's own code, which names objects it knows. */
  public object(type: string): ObjectDefinition {
    const object = this.catalogue.find(type);
    if (!object) throw new Error(`Org emulator: no object ${type}`);
    return object;
  }

  /** Rows as a client reads them; deleted ones only when asked (queryAll). */
  public rows(type: string, includeDeleted = false): SObjectRecord[] {
    const object = this.object(type);
    if (object.keyPrefix === null) return virtualRows(this, object.name);
    const rows = this.store.rows(object.name).filter((row) => includeDeleted || row.IsDeleted !== true);
    return rows.map((row) => deriveFields(this, object.name, row));
  }

  public get(type: string, id: string): SObjectRecord | undefined {
    const object = this.object(type);
    const row = this.store.get(object.name, id);
    return row && deriveFields(this, object.name, row);
  }

  /** The row an Id stands for, whatever its object (a polymorphic reference, a composite URL). */
  public getById(id: string): { object: ObjectDefinition; row: SObjectRecord } | undefined {
    const object = this.catalogue.ofId(id);
    const row = object && this.get(object.name, id);
    return object && row && row.IsDeleted !== true ? { object, row } : undefined;
  }

  /** Rows whose fields equal these values (Ids compared on 15 characters), deleted ones left out. */
  public where(type: string, match: Readonly<Record<string, FieldValue>>): SObjectRecord[] {
    const object = this.object(type);
    const tests = Object.entries(match).map(([name, expected]) => {
      const field = this.catalogue.field(object, name);
      const isId = field !== undefined && ['id', 'reference'].includes(describeField(field.name, field.definition).type);
      const key = field?.name ?? name;
      return (row: SObjectRecord): boolean => (isId ? sameId(row[key], expected) || (row[key] ?? null) === expected : (row[key] ?? null) === expected);
    });
    // Filtering the stored rows first keeps lookups cheap on large tables; derived fields are compared as read.
    if (object.keyPrefix === null || HAS_DERIVED_FIELDS.has(object.name)) return this.rows(object.name).filter((row) => tests.every((test) => test(row)));
    return this.store
      .rows(object.name)
      .filter((row) => row.IsDeleted !== true && tests.every((test) => test(row)))
      .map((row) => deriveFields(this, object.name, row));
  }

  /** A new row of an object, not yet stored: defaults, system fields, an Id, then the given fields. */
  public buildRow(type: string, fields: Readonly<Record<string, FieldValue>>): SObjectRecord {
    const object = this.object(type);
    if (object.keyPrefix === null) throw new Error(`Org emulator: ${object.name} has no rows of its own`);
    const now = this.now();
    const row: SObjectRecord = { ...this.catalogue.defaultValues(object) };
    Object.assign(row, { IsDeleted: false, CreatedDate: now, CreatedById: this.runningUserId, LastModifiedDate: now, LastModifiedById: this.runningUserId, SystemModstamp: now });
    for (const [name, value] of Object.entries(fields)) row[this.catalogue.field(object, name)?.name ?? name] = value;
    row.Id ??= this.store.newId(object.keyPrefix);
    return row;
  }

  /**
   * A row as the platform writes it, without any rule: for the seed, the rows the platform makes itself (a
   * user's UserLogin), the tables a deploy fills, and a test's org.insert().
   */
  public insertRow(type: string, fields: Readonly<Record<string, FieldValue>>): SObjectRecord {
    return this.store.add(this.object(type).name, this.buildRow(type, fields));
  }

  /** Changes a row in place, without any rule; LastModifiedDate moves as it does on every write. */
  public updateRow(type: string, id: string, changes: Readonly<Record<string, FieldValue>>): SObjectRecord {
    const object = this.object(type);
    const row = this.store.get(object.name, id);
    if (!row) throw new Error(`Org emulator: no ${object.name} ${id}`);
    for (const [name, value] of Object.entries(changes)) row[this.catalogue.field(object, name)?.name ?? name] = value;
    const now = this.now();
    Object.assign(row, { LastModifiedDate: now, LastModifiedById: this.runningUserId, SystemModstamp: now });
    return row;
  }

  /** Runs a unit of work; if it throws, every table is as it was before. */
  public transaction<T>(work: () => T): T {
    const restore = this.store.snapshot();
    try {
      return work();
    } catch (error) {
      restore();
      throw error;
    }
  }
}
