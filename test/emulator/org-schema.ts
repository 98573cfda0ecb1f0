/**
 * What the emulated org knows of its data model: objects and their fields, with the traits describe returns.
 * Deploys check permission sets against it the way Salesforce does: a permission on an object or field the
 * org does not have fails, and so does field-level security on a required field (required fields are
 * always readable and editable, so Salesforce refuses FLS entries for them). describe, SOQL and the sObject
 * API read the same definitions (see field-traits.ts for the defaults of the traits left out).
 */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'picklist'
  | 'boolean'
  | 'reference'
  | 'datetime'
  | 'date'
  | 'int'
  | 'double'
  | 'currency'
  | 'percent'
  | 'address';

export type FieldValue = string | number | boolean | null;

export type FieldDefinition = {
  /** Required on create: describe says nillable false and permissionable false, and FLS on it fails a deploy. */
  required?: boolean;
  /** Default: reference when referenceTo is given, else string. */
  type?: FieldType;
  referenceTo?: readonly string[];
  /** The name a SOQL path uses for a reference field (Profile for ProfileId). */
  relationshipName?: string;
  /** The parent's name for its children through this field (PermissionSetAssignments on User), for subqueries. */
  childRelationshipName?: string;
  /** Master-detail: 0 for the first master, 1 for the second; absent for a lookup. */
  relationshipOrder?: 0 | 1;
  /** Formula or roll-up: read-only. */
  calculated?: boolean;
  createable?: boolean;
  updateable?: boolean;
  nillable?: boolean;
  defaultedOnCreate?: boolean;
  permissionable?: boolean;
  /** Whether WHERE accepts it (LoginHistory.Status does not). */
  filterable?: boolean;
  /** Two rows cannot share a value (PermissionSet.Name): DUPLICATE_VALUE. */
  unique?: boolean;
  /** The value a create without it gets. */
  defaultValue?: FieldValue;
  label?: string;
};

/** Object API name -> field API name -> definition. */
export type OrgSchema = Readonly<Record<string, Readonly<Record<string, FieldDefinition>>>>;

const fields = (optional: readonly string[], required: readonly string[] = []): Record<string, FieldDefinition> =>
  Object.fromEntries([...optional.map((name) => [name, {}] as const), ...required.map((name) => [name, { required: true }] as const)]);

const lookup = (object: string, relationshipName: string): FieldDefinition => ({ referenceTo: [object], relationshipName });
const owner: FieldDefinition = { referenceTo: ['User'], relationshipName: 'Owner' };
const typed = (type: FieldType, extra: FieldDefinition = {}): FieldDefinition => ({ type, ...extra });
const required = (type: FieldType): FieldDefinition => ({ type, required: true });

/**
 * A handful of standard objects with common fields and their types (Object Reference). Marked required are
 * only the fields Salesforce is known to refuse FLS for (Account.Name, Contact.LastName,
 * Opportunity.Name/StageName/CloseDate); Order and OrderItem fields are left optional because which of them
 * a real org treats as required is unverified.
 */
export const DEFAULT_ORG_SCHEMA: OrgSchema = {
  Account: {
    AccountNumber: {},
    AnnualRevenue: typed('currency'),
    BillingAddress: typed('address'),
    Description: typed('textarea'),
    Industry: typed('picklist'),
    Name: required('string'),
    NumberOfEmployees: typed('int'),
    OwnerId: owner,
    ParentId: lookup('Account', 'Parent'),
    Phone: typed('phone'),
    Rating: typed('picklist'),
    ShippingAddress: typed('address'),
    Type: typed('picklist'),
    Website: typed('url'),
  },
  Contact: {
    AccountId: { ...lookup('Account', 'Account'), childRelationshipName: 'Contacts' },
    Birthdate: typed('date'),
    Department: {},
    Description: typed('textarea'),
    Email: typed('email'),
    FirstName: {},
    LastName: required('string'),
    MailingAddress: typed('address'),
    MobilePhone: typed('phone'),
    OwnerId: owner,
    Phone: typed('phone'),
    Title: {},
  },
  Opportunity: {
    AccountId: { ...lookup('Account', 'Account'), childRelationshipName: 'Opportunities' },
    Amount: typed('currency'),
    CloseDate: required('date'),
    Description: typed('textarea'),
    ForecastCategoryName: typed('picklist'),
    LeadSource: typed('picklist'),
    Name: required('string'),
    NextStep: {},
    OwnerId: owner,
    Probability: typed('percent'),
    StageName: required('picklist'),
    Type: typed('picklist'),
  },
  Order: {
    AccountId: { ...lookup('Account', 'Account'), childRelationshipName: 'Orders' },
    BillingAddress: typed('address'),
    ContractId: lookup('Contract', 'Contract'),
    Description: typed('textarea'),
    EffectiveDate: typed('date'),
    EndDate: typed('date'),
    OrderNumber: { createable: false, updateable: false },
    OwnerId: owner,
    ShippingAddress: typed('address'),
    Status: typed('picklist'),
    TotalAmount: typed('currency', { calculated: true }),
    Type: typed('picklist'),
  },
  OrderItem: {
    Description: {},
    EndDate: typed('date'),
    ListPrice: typed('currency'),
    OrderId: { ...lookup('Order', 'Order'), childRelationshipName: 'OrderItems' },
    Product2Id: lookup('Product2', 'Product2'),
    Quantity: typed('double'),
    ServiceDate: typed('date'),
    TotalPrice: typed('currency'),
    UnitPrice: typed('currency'),
  },
  Case: {
    AccountId: { ...lookup('Account', 'Account'), childRelationshipName: 'Cases' },
    ContactId: lookup('Contact', 'Contact'),
    Description: typed('textarea'),
    Origin: typed('picklist'),
    OwnerId: owner,
    Priority: typed('picklist'),
    Reason: typed('picklist'),
    Status: typed('picklist'),
    Subject: {},
    Type: typed('picklist'),
  },
};

/** A schema with more objects or fields, e.g. the custom fields a project expects the org to have. */
export const extendSchema = (base: OrgSchema, additions: Readonly<Record<string, readonly string[] | Readonly<Record<string, FieldDefinition>>>>): OrgSchema => {
  const extended: Record<string, Record<string, FieldDefinition>> = Object.fromEntries(Object.entries(base).map(([object, known]) => [object, { ...known }]));
  for (const [object, added] of Object.entries(additions)) {
    const definitions = Array.isArray(added) ? fields(added) : (added as Readonly<Record<string, FieldDefinition>>);
    extended[object] = { ...extended[object], ...definitions };
  }
  return extended;
};

/** Salesforce matches API names without case; lookups return the key as the org spells it, or undefined. */
export const findKey = (record: Readonly<Record<string, unknown>>, name: string): string | undefined =>
  Object.keys(record).find((key) => key.toLowerCase() === name.toLowerCase());

export const hasObject = (schema: OrgSchema, object: string): boolean => findKey(schema, object) !== undefined;

export const findField = (schema: OrgSchema, object: string, field: string): FieldDefinition | undefined => {
  const objectKey = findKey(schema, object);
  if (objectKey === undefined) return undefined;
  const known = schema[objectKey] ?? {};
  const fieldKey = findKey(known, field);
  return fieldKey === undefined ? undefined : known[fieldKey];
};
