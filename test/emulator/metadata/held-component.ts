import type { DeployedComponent } from '../deploy/deploy-zip.js';

/** unmanaged: deployed or made in this org; installed: from a managed package (FileProperties.manageableState). */
export type ManageableState = 'unmanaged' | 'installed';

/** A component the org holds: its file as deployed or made in Setup, and what the org keeps beside it. */
export type HeldComponent = DeployedComponent & {
  /** Its Id for types without a table row of their own (a permission set's is its PermissionSet row's). */
  id: string;
  namespacePrefix: string | undefined;
  manageableState: ManageableState;
  createdDate: string;
  lastModifiedDate: string;
  /** Values the org made when it created the component (a consumer key), which retrieves add. */
  generated: Readonly<Record<string, string>>;
};

/** Where a component comes from, when not from a deploy of this org's own metadata. */
export type ComponentOrigin = { namespacePrefix?: string };

/** Salesforce matches component names without case. */
export const componentKey = (type: string, fullName: string): string => `${type}:${fullName}`.toLowerCase();
