import { ALPHABETICAL_SEQUENCE_TYPES } from '../deploy/rules/element-order-rule.js';
import type { HeldComponent } from '../metadata/held-component.js';
import { childOf, parseMetadata, writeMetadata, type MetadataNode } from '../metadata/metadata-tree.js';

/** What the org knows beside a component's file when it writes it for a retrieve. */
export type RetrieveContext = {
  orgId: string;
  /** A permission set group's recalculation status, from its row. */
  groupStatus: (fullName: string) => string | undefined;
  /** Whether the org lets the Metadata API read OAuth consumer secrets. */
  consumerSecretsInMetadataApi: boolean;
};

type Addition = (node: MetadataNode, held: HeldComponent, context: RetrieveContext) => MetadataNode;

/** An element's default, written out when the file left it out: retrieves carry every value. */
const withDefault = (node: MetadataNode, element: string, value: string): MetadataNode => (node[element] ? node : { ...node, [element]: [value] });

const withDefaults = (node: MetadataNode, elements: readonly string[], value: string): MetadataNode => elements.reduce((result, element) => withDefault(result, element, value), node);

const entries = (node: MetadataNode, element: string, change: (entry: MetadataNode) => MetadataNode | undefined): MetadataNode => {
  const values = (node[element] ?? []).map((entry) => (typeof entry === 'object' ? change(entry) : entry)).filter((entry) => entry !== undefined);
  return values.length === 0 ? Object.fromEntries(Object.entries(node).filter(([name]) => name !== element)) : { ...node, [element]: values };
};

const OBJECT_RIGHTS = ['allowCreate', 'allowDelete', 'allowEdit', 'allowRead', 'modifyAllRecords', 'viewAllFields', 'viewAllRecords'];

/**
 * A permission set as a retrieve writes it: every object and field right explicit, only enabled user
 * permissions ("userPermissions only lists enabled permissions", salesforce-facts.md), entries sorted by key.
 */
const permissionContent: Addition = (node) => {
  const objects = entries(node, 'objectPermissions', (entry) => withDefaults(entry, OBJECT_RIGHTS, 'false'));
  const fields = entries(objects, 'fieldPermissions', (entry) => withDefaults(entry, ['editable', 'readable'], 'false'));
  return entries(fields, 'userPermissions', (entry) => (entry.enabled?.[0] === 'true' ? entry : undefined));
};

const withoutElement = (node: MetadataNode, element: string): MetadataNode => Object.fromEntries(Object.entries(node).filter(([name]) => name !== element));

/**
 * What a retrieve adds to what was deployed (salesforce-facts.md, "A retrieve adds what the org owns"): explicit
 * defaults; a group's status, from its recalculation; an External Client App's orgScopedExternalApp (the org's
 * Id and the app's name, "Org_ID:External_Client_App_Name" in
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_externalclientapplication.htm; 18
 * characters unverified); the OAuth settings' oauthLink; consumer keys; the global OAuth settings' consumer secret
 * only where the org allows "Access to OAuth Consumer Secrets via Metadata API"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappglobaloauthsettings.htm),
 * a connected app's never ("consumerSecret is never retrieved", salesforce-facts.md).
 */
const ADDITIONS: Readonly<Record<string, Addition>> = {
  PermissionSet: (node, held, context) => withDefault(permissionContent(node, held, context), 'hasActivationRequired', 'false'),
  MutingPermissionSet: permissionContent,
  PermissionSetGroup: (node, held, context) => {
    const status = context.groupStatus(held.fullName);
    return withDefault(status === undefined ? node : { ...node, status: [status] }, 'hasActivationRequired', 'false');
  },
  ExternalClientApplication: (node, held, context) => ({ ...node, orgScopedExternalApp: [`${context.orgId}:${held.fullName}`] }),
  ExtlClntAppOauthSettings: (node, held) => (held.generated.oauthLink ? { ...node, oauthLink: [held.generated.oauthLink] } : node),
  ExtlClntAppGlobalOauthSettings: (node, held, context) => {
    const { consumerKey = '', consumerSecret = '' } = held.generated;
    const withKey = { ...node, consumerKey: [consumerKey] };
    return context.consumerSecretsInMetadataApi ? { ...withKey, consumerSecret: [consumerSecret] } : withoutElement(withKey, 'consumerSecret');
  },
  ConnectedApp: (node, held) => {
    const oauth = childOf(node, 'oauthConfig');
    if (!oauth) return node;
    const keyed = held.generated.consumerKey ? { ...oauth, consumerKey: [held.generated.consumerKey] } : oauth;
    return { ...node, oauthConfig: [withoutElement(keyed, 'consumerSecret')] };
  },
};

/**
 * A component's file as a retrieve returns it: for the types whose WSDL sequence is alphabetical, rewritten in
 * that order with what the org adds; others as they were deployed.
 */
export const retrievedContent = (held: HeldComponent, context: RetrieveContext): string => {
  if (!ALPHABETICAL_SEQUENCE_TYPES.has(held.type)) return held.content;
  const { root, node } = parseMetadata(held.content);
  const add = ADDITIONS[held.type] ?? ((unchanged: MetadataNode): MetadataNode => unchanged);
  return writeMetadata({ root, node: add(node, held, context) });
};

/** Elements without text: the org keeps no value for them, and writes none back. */
const withoutEmptyText = (node: MetadataNode): MetadataNode =>
  Object.fromEntries(
    Object.entries(node)
      .map(([element, values]) => [element, values.filter((value) => value !== '').map((value) => (typeof value === 'string' ? value : withoutEmptyText(value)))] as const)
      .filter(([, values]) => values.length > 0)
  );

/** What a retrieve adds from the org itself (a group's status, keys, links) made the same on both sides of a comparison. */
const NEUTRAL: RetrieveContext = { orgId: '', groupStatus: () => 'Updated', consumerSecretsInMetadataApi: false };

/**
 * A component's file as the org holds its meaning: for the types whose WSDL sequence is alphabetical, what a
 * retrieve writes (order, explicit defaults), elements without text dropped and what the org makes itself left
 * the same; others byte for byte. A deploy reports a component changed when this differs from what the org
 * held. How Salesforce decides `changed` is unverified: a file that says the same thing in another layout or
 * with its defaults left out is taken here for the same component, as a retrieve shows it.
 */
export const comparableContent = (held: Pick<HeldComponent, 'type' | 'fullName' | 'content'>): string => {
  if (!ALPHABETICAL_SEQUENCE_TYPES.has(held.type)) return held.content;
  const { root, node } = parseMetadata(held.content);
  const add = ADDITIONS[held.type] ?? ((unchanged: MetadataNode): MetadataNode => unchanged);
  const stand = { ...held, generated: {} } as unknown as HeldComponent;
  return writeMetadata({ root, node: withoutEmptyText(add(withoutEmptyText(node), stand, NEUTRAL)) });
};
