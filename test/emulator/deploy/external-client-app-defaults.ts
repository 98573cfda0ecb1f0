import type { HeldComponent } from '../metadata/held-component.js';
import { metadataFileName } from '../metadata/metadata-types.js';
import { parseMetadata, textOf, writeMetadata, type MetadataNode } from '../metadata/metadata-tree.js';
import type { DeployedComponent } from './deploy-zip.js';

/** What the defaults need of the org's metadata. */
export type HeldMetadata = { get: (type: string, fullName: string) => HeldComponent | undefined; list: (type: string) => HeldComponent[] };

const partsOf = (metadata: HeldMetadata, type: string, app: string): HeldComponent[] =>
  metadata.list(type).filter((part) => textOf(parseMetadata(part.content).node, 'externalClientApplication').toLowerCase() === app.toLowerCase());

const aComponent = (type: string, fullName: string, node: MetadataNode): DeployedComponent => ({ type, fullName, fileName: metadataFileName(type, fullName), content: writeMetadata({ root: type, node }) });

/**
 * "An External Client App created through the Metadata API gets its policies from the platform, named
 * <oauth settings name>_defaultPolicy (ExtlClntAppOauthConfigurablePolicies) and <app name>_defaultPolicy
 * (ExtlClntAppConfigurablePolicies)" (salesforce-facts.md: Trailhead project "ECA via metadata", sfdx-hardis
 * generateExternalClientAppMetadata, https://github.com/hardisgroupcom/sfdx-hardis/pull/1663). The platform makes them when the deploy that creates the app (or its OAuth
 * settings) brings none; their values are those Setup starts a new app with, which are unverified: enabled, all
 * users self-authorized, IP restrictions enforced, refresh tokens valid until revoked, no client credentials.
 */
export const defaultPolicies = (metadata: HeldMetadata, apps: Iterable<string>): DeployedComponent[] => {
  const made: DeployedComponent[] = [];
  for (const appName of new Set([...apps].map((name) => name.toLowerCase()))) {
    const app = metadata.list('ExternalClientApplication').find((held) => held.fullName.toLowerCase() === appName);
    if (!app) continue;
    const label = [textOf(parseMetadata(app.content).node, 'label') || app.fullName];
    const [oauth] = partsOf(metadata, 'ExtlClntAppOauthSettings', app.fullName);
    if (partsOf(metadata, 'ExtlClntAppConfigurablePolicies', app.fullName).length === 0) {
      const node = { externalClientApplication: [app.fullName], isEnabled: ['true'], isOauthPluginEnabled: [String(oauth !== undefined)], label };
      made.push(aComponent('ExtlClntAppConfigurablePolicies', `${app.fullName}_defaultPolicy`, node));
    }
    if (oauth && partsOf(metadata, 'ExtlClntAppOauthConfigurablePolicies', app.fullName).length === 0) {
      const node = {
        externalClientApplication: [app.fullName],
        ipRelaxationPolicyType: ['Enforce'],
        isClientCredentialsFlowEnabled: ['false'],
        label,
        permittedUsersPolicyType: ['AllSelfAuthorized'],
        refreshTokenPolicyType: ['Infinite'],
      };
      made.push(aComponent('ExtlClntAppOauthConfigurablePolicies', `${oauth.fullName}_defaultPolicy`, node));
    }
  }
  return made;
};
