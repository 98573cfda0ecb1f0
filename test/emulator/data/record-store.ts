import type { FieldValue } from '../org-schema.js';
import { salesforceId } from '../salesforce-id.js';

/** A row as the org holds it: field names as the org spells them, Id included. */
export type SObjectRecord = Record<string, FieldValue>;

/** Salesforce compares Ids on their case-sensitive 15 characters and accepts the 18-character form anywhere. */
export const idKey = (id: string): string => id.slice(0, 15);

/** Text in an Id's shape: 15 or 18 letters and digits. */
export const isIdShaped = (text: string): boolean => /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(text);

export const looksLikeId = (value: unknown): value is string => typeof value === 'string' && isIdShaped(value);

export const sameId = (a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && idKey(a) === idKey(b) && looksLikeId(a) && looksLikeId(b);

/**
 * The org's tables: sObject name -> rows by Id. It knows nothing of rules: the platform layer decides what may
 * be written, the SOQL layer what is read. A snapshot lets a transaction (allOrNone, composite) roll back.
 */
export class RecordStore {
  private tables = new Map<string, Map<string, SObjectRecord>>();
  private sequence = 0;

  /** orgNumber keeps the Ids of two emulated orgs apart, as two real orgs' Ids never meet. */
  public constructor(private readonly orgNumber: number) {}

  public newId(keyPrefix: string): string {
    return salesforceId(keyPrefix, this.orgNumber * 10_000_000 + ++this.sequence);
  }

  public add(type: string, record: SObjectRecord): SObjectRecord {
    const id = record.Id;
    if (typeof id !== 'string') throw new Error(`Org emulator: a ${type} row needs an Id`);
    this.table(type).set(idKey(id), record);
    return record;
  }

  public get(type: string, id: string): SObjectRecord | undefined {
    return this.tables.get(type)?.get(idKey(id));
  }

  /** The live rows of a table, deleted ones included (queryAll reads them). */
  public rows(type: string): SObjectRecord[] {
    return [...(this.tables.get(type)?.values() ?? [])];
  }

  public remove(type: string, id: string): void {
    this.tables.get(type)?.delete(idKey(id));
  }

  /** Everything as it is now; calling the result puts it back. */
  public snapshot(): () => void {
    const saved = new Map([...this.tables].map(([type, rows]) => [type, new Map([...rows].map(([id, row]) => [id, { ...row }]))]));
    const sequence = this.sequence;
    return () => {
      this.tables = saved;
      this.sequence = sequence;
    };
  }

  private table(type: string): Map<string, SObjectRecord> {
    let table = this.tables.get(type);
    if (!table) {
      table = new Map();
      this.tables.set(type, table);
    }
    return table;
  }
}
