import type { FieldDefinition, FieldValue, OrgSchema } from '../org-schema.js';
import { PERMISSION_OBJECTS } from './catalogue/permission-objects.js';
import { NAMED_COMPONENT_OBJECTS } from './catalogue/named-component-objects.js';
import { TOOLING_OBJECTS } from './catalogue/tooling-objects.js';
import { USER_OBJECTS } from './catalogue/user-objects.js';
import { describeField, SYSTEM_FIELDS } from './field-traits.js';
import { defineObject, type ApiSurface, type ObjectDefinition } from './object-definition.js';

/** Key prefixes of standard business objects (Salesforce's); custom objects get a00, a01, ... in schema order. */
const STANDARD_KEY_PREFIXES: Readonly<Record<string, string>> = {
  Account: '001',
  Contact: '003',
  Opportunity: '006',
  Case: '500',
  Contract: '800',
  Order: '801',
  OrderItem: '802',
  Lead: '00Q',
  Product2: '01t',
  Campaign: '701',
};

const plural = (label: string): string => (/[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(label) ? `${label}es` : `${label}s`);

const businessObject = (name: string, fields: Readonly<Record<string, FieldDefinition>>, customIndex: number): ObjectDefinition => {
  const label = name.replace(/__c$/, '').replace(/_/g, ' ');
  const keyPrefix = STANDARD_KEY_PREFIXES[name] ?? `a${customIndex.toString(36).padStart(2, '0')}`;
  return defineObject(name, keyPrefix, fields, { label, labelPlural: plural(label), apis: ['data'], createable: true, updateable: true, deletable: true, recycleBin: true });
};

/** A child relationship as describe lists it, and as a subquery names it. */
export type ChildRelationship = { relationshipName: string; childSObject: string; field: string };

/**
 * Every object the org has: its setup objects (catalogue/) and the business objects of its schema. Names
 * are matched without case, as Salesforce matches them; lookups answer with the name as the org spells it.
 */
export class ObjectCatalogue {
  private readonly objects = new Map<string, ObjectDefinition>();
  private readonly allFields = new Map<ObjectDefinition, Readonly<Record<string, FieldDefinition>>>();
  private readonly defaults = new Map<ObjectDefinition, Readonly<Record<string, FieldValue>>>();
  private readonly fieldNames = new Map<ObjectDefinition, ReadonlyMap<string, string>>();

  public constructor(schema: OrgSchema) {
    for (const object of [...USER_OBJECTS, ...PERMISSION_OBJECTS, ...TOOLING_OBJECTS, ...NAMED_COMPONENT_OBJECTS]) this.objects.set(object.name.toLowerCase(), object);
    let customIndex = 0;
    for (const [name, fields] of Object.entries(schema)) {
      if (!this.objects.has(name.toLowerCase())) this.objects.set(name.toLowerCase(), businessObject(name, fields, STANDARD_KEY_PREFIXES[name] ? 0 : customIndex++));
    }
  }

  /** The object of that name; with an API, only if that API serves it. */
  public find(name: string, api?: ApiSurface): ObjectDefinition | undefined {
    const object = this.objects.get(name.toLowerCase());
    return object && (api === undefined || object.apis.includes(api)) ? object : undefined;
  }

  public list(api: ApiSurface): ObjectDefinition[] {
    return [...this.objects.values()].filter((object) => object.apis.includes(api)).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The object an Id belongs to, by its key prefix. */
  public ofId(id: string): ObjectDefinition | undefined {
    return [...this.objects.values()].find((object) => object.keyPrefix !== null && id.startsWith(object.keyPrefix));
  }

  /** Every field of an object, the system fields first (objects without Ids have none of them). */
  public fieldsOf(object: ObjectDefinition): Readonly<Record<string, FieldDefinition>> {
    let fields = this.allFields.get(object);
    if (!fields) {
      fields = object.keyPrefix === null ? object.fields : { ...SYSTEM_FIELDS, ...object.fields };
      this.allFields.set(object, fields);
    }
    return fields;
  }

  /** The value each field of a new row starts with (describe's defaultValue). */
  public defaultValues(object: ObjectDefinition): Readonly<Record<string, FieldValue>> {
    let values = this.defaults.get(object);
    if (!values) {
      values = Object.fromEntries(Object.entries(this.fieldsOf(object)).map(([name, definition]) => [name, describeField(name, definition).defaultValue]));
      this.defaults.set(object, values);
    }
    return values;
  }

  /** A field by name, without case: its name as the org spells it, and its definition. */
  public field(object: ObjectDefinition, name: string): { name: string; definition: FieldDefinition } | undefined {
    const fields = this.fieldsOf(object);
    let names = this.fieldNames.get(object);
    if (!names) {
      names = new Map(Object.keys(fields).map((key) => [key.toLowerCase(), key]));
      this.fieldNames.set(object, names);
    }
    const key = names.get(name.toLowerCase());
    return key === undefined ? undefined : { name: key, definition: fields[key] ?? {} };
  }

  /** The reference field a relationship name stands for (Profile -> ProfileId on User). */
  public relationship(object: ObjectDefinition, relationshipName: string): { name: string; definition: FieldDefinition } | undefined {
    const entry = Object.entries(this.fieldsOf(object)).find(([, definition]) => definition.relationshipName?.toLowerCase() === relationshipName.toLowerCase());
    return entry ? { name: entry[0], definition: entry[1] } : undefined;
  }

  /** The relationships through which other objects point at this one and that a subquery can name. */
  public childRelationships(object: ObjectDefinition): ChildRelationship[] {
    const children: ChildRelationship[] = [];
    for (const child of this.objects.values()) {
      for (const [field, definition] of Object.entries(child.fields)) {
        const pointsHere = definition.referenceTo?.some((target) => target.toLowerCase() === object.name.toLowerCase());
        if (pointsHere && definition.childRelationshipName) children.push({ relationshipName: definition.childRelationshipName, childSObject: child.name, field });
      }
    }
    return children;
  }
}

const catalogues = new WeakMap<OrgSchema, ObjectCatalogue>();

/** One catalogue per schema: a test that configures a new schema gets a new one. */
export const catalogueFor = (schema: OrgSchema): ObjectCatalogue => {
  let catalogue = catalogues.get(schema);
  if (!catalogue) {
    catalogue = new ObjectCatalogue(schema);
    catalogues.set(schema, catalogue);
  }
  return catalogue;
};
