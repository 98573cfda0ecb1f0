import type { CatalogueField, CatalogueObject } from './catalogue-types.js';
import { ACCOUNT } from './objects/account.js';
import { ASSET } from './objects/asset.js';
import { CAMPAIGN_MEMBER } from './objects/campaign-member.js';
import { CAMPAIGN } from './objects/campaign.js';
import { CASE } from './objects/case.js';
import { CONTACT } from './objects/contact.js';
import { CONTRACT } from './objects/contract.js';
import { EVENT } from './objects/event.js';
import { LEAD } from './objects/lead.js';
import { OPPORTUNITY_LINE_ITEM } from './objects/opportunity-line-item.js';
import { OPPORTUNITY } from './objects/opportunity.js';
import { ORDER_ITEM } from './objects/order-item.js';
import { ORDER } from './objects/order.js';
import { PRICEBOOK_ENTRY } from './objects/pricebook-entry.js';
import { PRICEBOOK2 } from './objects/pricebook2.js';
import { PRODUCT2 } from './objects/product2.js';
import { QUOTE_LINE_ITEM } from './objects/quote-line-item.js';
import { QUOTE } from './objects/quote.js';
import { TASK } from './objects/task.js';
import { USER } from './objects/user.js';
import { SYSTEM_FIELDS } from './system-fields.js';

/** The standard objects integrations touch most, as Salesforce's Object Reference describes them. */
export const STANDARD_OBJECTS: readonly CatalogueObject[] = [
  ACCOUNT,
  ASSET,
  CAMPAIGN,
  CAMPAIGN_MEMBER,
  CASE,
  CONTACT,
  CONTRACT,
  EVENT,
  LEAD,
  OPPORTUNITY,
  OPPORTUNITY_LINE_ITEM,
  ORDER,
  ORDER_ITEM,
  PRICEBOOK2,
  PRICEBOOK_ENTRY,
  PRODUCT2,
  QUOTE,
  QUOTE_LINE_ITEM,
  TASK,
  USER,
];

const byLowerName = new Map(STANDARD_OBJECTS.map((object) => [object.name.toLowerCase(), object]));

/** A catalogued object by its API name, whatever its case (Salesforce compares API names without case). */
export const standardObject = (name: string): CatalogueObject | undefined => byLowerName.get(name.toLowerCase());

/** A field of a catalogued object, the system fields every object has included, whatever its case. */
export const standardField = (object: CatalogueObject, field: string): { name: string; field: CatalogueField } | undefined => {
  const lower = field.toLowerCase();
  const own = Object.keys(object.fields).find((name) => name.toLowerCase() === lower);
  if (own !== undefined) return { name: own, field: object.fields[own]! };
  const system = Object.keys(SYSTEM_FIELDS).find((name) => name.toLowerCase() === lower);
  return system === undefined ? undefined : { name: system, field: SYSTEM_FIELDS[system]! };
};

/** Every field name of a catalogued object, system fields included: the candidates of a "did you mean". */
export const standardFieldNames = (object: CatalogueObject): string[] => [...Object.keys(object.fields), ...Object.keys(SYSTEM_FIELDS)];
