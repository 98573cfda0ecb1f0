/**
 * What the emulated org knows of its data model: objects and their fields, and which fields are required.
 * Deploys check permission sets against it the way Salesforce does: a permission on an object or field the
 * org does not have fails, and so does field-level security on a required field (required fields are
 * always readable and editable, so Salesforce refuses FLS entries for them).
 */
export type FieldDefinition = { required?: boolean };

/** Object API name -> field API name -> definition. */
export type OrgSchema = Readonly<Record<string, Readonly<Record<string, FieldDefinition>>>>;

const fields = (optional: readonly string[], required: readonly string[] = []): Record<string, FieldDefinition> =>
  Object.fromEntries([...optional.map((name) => [name, {}] as const), ...required.map((name) => [name, { required: true }] as const)]);

/**
 * A handful of standard objects with common fields. Marked required are only the fields Salesforce is known
 * to refuse FLS for (Account.Name, Contact.LastName, Opportunity.Name/StageName/CloseDate); Order and
 * OrderItem fields are left optional because which of them a real org treats as required is unverified.
 */
export const DEFAULT_ORG_SCHEMA: OrgSchema = {
  Account: fields(
    ['AccountNumber', 'AnnualRevenue', 'BillingAddress', 'Description', 'Industry', 'NumberOfEmployees', 'OwnerId', 'ParentId', 'Phone', 'Rating', 'ShippingAddress', 'Type', 'Website'],
    ['Name']
  ),
  Contact: fields(['AccountId', 'Birthdate', 'Department', 'Description', 'Email', 'FirstName', 'MailingAddress', 'MobilePhone', 'OwnerId', 'Phone', 'Title'], ['LastName']),
  Opportunity: fields(['AccountId', 'Amount', 'Description', 'ForecastCategoryName', 'LeadSource', 'NextStep', 'OwnerId', 'Probability', 'Type'], ['CloseDate', 'Name', 'StageName']),
  Order: fields(['AccountId', 'BillingAddress', 'ContractId', 'Description', 'EffectiveDate', 'EndDate', 'OrderNumber', 'OwnerId', 'ShippingAddress', 'Status', 'TotalAmount', 'Type']),
  OrderItem: fields(['Description', 'EndDate', 'ListPrice', 'OrderId', 'Product2Id', 'Quantity', 'ServiceDate', 'TotalPrice', 'UnitPrice']),
  Case: fields(['AccountId', 'ContactId', 'Description', 'Origin', 'OwnerId', 'Priority', 'Reason', 'Status', 'Subject', 'Type']),
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

/** Salesforce matches API names without case; lookups return the definition or undefined. */
const findKey = (record: Readonly<Record<string, unknown>>, name: string): string | undefined =>
  Object.keys(record).find((key) => key.toLowerCase() === name.toLowerCase());

export const hasObject = (schema: OrgSchema, object: string): boolean => findKey(schema, object) !== undefined;

export const findField = (schema: OrgSchema, object: string, field: string): FieldDefinition | undefined => {
  const objectKey = findKey(schema, object);
  if (objectKey === undefined) return undefined;
  const known = schema[objectKey] ?? {};
  const fieldKey = findKey(known, field);
  return fieldKey === undefined ? undefined : known[fieldKey];
};
