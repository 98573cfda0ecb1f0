import type { ObjectRight } from '../manifest/manifest.js';

/**
 * Where a right on one object needs a right on another object in the same permission set. The platform refuses
 * such a permission set on deploy, in one of two forms seen in public deploy logs:
 * - "Permission Create Contracts depends on permission(s): Read Accounts" (object labels, plural) or
 *   "Permission Read Account depends on permission(s): Read Contact" (API names): both wordings occur;
 * - "Read on MngEventParticipant requires Read on at least one of these objects: Lead, Account, ..." (an any-of
 *   dependency: this table cannot express it, only the org's own table can).
 * Salesforce Help, "Permission Dependencies and Alignment" (read in its Chinese edition): some object and user
 * permissions depend on one another and Salesforce enables the dependent ones when a profile or permission set is
 * saved; its example is a custom object with a master-detail field to Account, whose View All Records then needs
 * View All Records on Account (https://help.salesforce.com/s/articleView?id=platform.users_perm_dependencies.htm).
 * So every master-detail child depends on its master too: that rule is per relationship, and not listed here.
 *
 * Consumers close an object's own rights first (create/edit/delete/viewAll need read: src/model/object-rights.ts),
 * then follow these entries, transitively. Entries flagged `unverified` come from no public text that quotes the
 * platform: treat them as a warning, not as a reason to grant more (a wrong entry over-grants).
 *
 * The org's own table is authoritative: the Tooling API object PermissionDependency (API 46.0+, View Setup and
 * Configuration needed), fields Permission, PermissionType, RequiredPermission, RequiredPermissionType, each a
 * filterable string (https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissiondependency.htm).
 * The documentation gives no value examples beyond labels ("Modify All Data, which requires View All Data").
 * Unverified, observed in public code that reads the table: PermissionType and RequiredPermissionType take the two
 * literals 'User Permission' and 'Object Permission'; an object permission is written `<Object><<verb>>`, for
 * example `Account<read>`, and the verbs seen are read, create, update (our edit) and viewAllRecords (delete and
 * modifyAllRecords presumably follow the same pattern); a user permission by its name. Whether that name carries
 * the `Permissions` prefix of the PermissionSet field is not documented: accept both. The same code
 * reports that LIMIT is ignored on this object and that query cursors re-serve rows: page with
 * `WHERE Id > :last ORDER BY Id` and de-duplicate on the four fields.
 *
 * Not encoded, for want of any source: Case or Asset needing Account, Order needing Contract, Campaign or
 * CampaignMember needing Lead or Contact, Task or Event needing anything (their editing is the user permissions
 * EditTask and EditEvent). OpportunityLineItem, OrderItem, QuoteLineItem and QuoteLineGroup take their
 * access from their parent, and the platform drops their object permissions on deploy without an error
 * (https://github.com/bgaldino/rlm-base-dev/blob/main/.cursor/skills/apex-security-hardening/SKILL.md).
 * Industry objects seen in public deploy logs without a citable address: SerializedProduct needing Product2,
 * ProductCategory needing ProductCatalog, Vehicle needing Asset.
 */
export type ObjectDependency = {
  object: string;
  right: ObjectRight;
  requires: { object: string; right: ObjectRight };
  source: string;
  unverified?: true;
  /**
   * False where the platform asks for the dependency only in some orgs, and writing it out everywhere would grant
   * more than most orgs need: the org's own PermissionDependency table settles it at deploy.
   */
  writeOut?: false;
};

const PICNET_CONTRACTS =
  'https://support.picnet.net/hc/en-us/articles/114094068031-Why-do-I-receive-the-error-Permission-Create-Contracts-depends-on-permission-s-Read-Accounts-when-configuring-permissions';
const DEPENDENCIES_HELP = 'https://help.salesforce.com/s/articleView?id=platform.users_perm_dependencies.htm';

const readAccount = { object: 'Account', right: 'read' } as const;

/** Sorted by object, then by right in RIGHT_ORDER. */
export const OBJECT_DEPENDENCIES: readonly ObjectDependency[] = [
  // "Permission Read Account depends on permission(s): Read Contact" when installing a package whose permission
  // sets grant Account only. The thread names no cause; Person Accounts (an Account that is also a Contact) is the
  // likely one, so orgs without them are not affected.
  {
    object: 'Account',
    right: 'read',
    requires: { object: 'Contact', right: 'read' },
    source: 'https://github.com/trailheadapps/apex-recipes/issues/22',
    unverified: true,
    // Written out, it would give every Account reader Contact read, in orgs without Person Accounts too.
    writeOut: false,
  },
  // Setup enables Read on Accounts with Read on Contacts: widely repeated, no public text quotes the error.
  { object: 'Contact', right: 'read', requires: readAccount, source: DEPENDENCIES_HELP, unverified: true },
  // The four messages are quoted word for word, for Read, Create, Edit and Delete Contracts.
  { object: 'Contract', right: 'read', requires: readAccount, source: PICNET_CONTRACTS },
  { object: 'Contract', right: 'create', requires: readAccount, source: PICNET_CONTRACTS },
  { object: 'Contract', right: 'edit', requires: readAccount, source: PICNET_CONTRACTS },
  { object: 'Contract', right: 'delete', requires: readAccount, source: PICNET_CONTRACTS },
  { object: 'Opportunity', right: 'read', requires: readAccount, source: DEPENDENCIES_HELP, unverified: true },
  { object: 'Order', right: 'read', requires: readAccount, source: DEPENDENCIES_HELP, unverified: true },
  // Price books list products; no public text quotes the error.
  {
    object: 'Pricebook2',
    right: 'read',
    requires: { object: 'Product2', right: 'read' },
    source: DEPENDENCIES_HELP,
    unverified: true,
  },
  // "Read Quote depends on Read Opportunity", met while deploying a permission set.
  {
    object: 'Quote',
    right: 'read',
    requires: { object: 'Opportunity', right: 'read' },
    source: 'https://github.com/bgaldino/rlm-base-dev/blob/main/.cursor/skills/apex-security-hardening/SKILL.md',
  },
  // "Permissions Read All ServiceTerritory depends on permission(s): Read All OperatingHours", as a deployment
  // tool's knowledge base quotes it; the forum thread it points to was not read.
  {
    object: 'ServiceTerritory',
    right: 'viewAll',
    requires: { object: 'OperatingHours', right: 'viewAll' },
    source: 'https://developer.salesforce.com/forums/?id=906F0000000AkbzIAC',
    unverified: true,
  },
];
