/**
 * Child objects that have no object permissions of their own: access to them follows access to their parent.
 * Setup lists no object settings for them, and a permission set's object permissions on them have no effect
 * (https://github.com/bgaldino/rlm-base-dev/blob/main/.cursor/skills/apex-security-hardening/SKILL.md reports
 * the platform drops them on deploy). Their fields still take field-level security.
 */
export type ParentAccess = { object: string; parent: string; source: string };

const reference = (page: string): string => `https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/${page}.htm`;

export const ACCESS_FOLLOWS_PARENT: readonly ParentAccess[] = [
  // "The user must have the Edit permission on Opportunity records to create or update opportunity line items."
  { object: 'OpportunityLineItem', parent: 'Opportunity', source: reference('sforce_api_objects_opportunitylineitem') },
  // "The user must have Edit permission on Order records to create or update order products on an order."
  { object: 'OrderItem', parent: 'Order', source: reference('sforce_api_objects_orderitem') },
  // Creating, updating or deleting quote line items needs Edit on quote records (Special Access Rules).
  { object: 'QuoteLineItem', parent: 'Quote', source: reference('sforce_api_objects_quotelineitem') },
];

export const parentAccessOf = (object: string): ParentAccess | undefined =>
  ACCESS_FOLLOWS_PARENT.find((entry) => entry.object.toLowerCase() === object.toLowerCase());
