import type { Integration } from '../model/integration.js';
import { effectiveGrants } from './effective-grants.js';
import type { Risk } from './risk.js';

/** The justification key of a flow's access: `flow.<Flow API name>`. */
export const flowGrant = (flow: string): string => `flow.${flow}`;

/**
 * Access to a flow lets the integration run it, and a flow does what it was built to do in the context it
 * runs in. "System Context with Sharing: the flow respects org-wide default settings, role hierarchies, sharing
 * rules ... But it doesn't respect object permissions, field-level access, or other permissions of the running
 * user. System Context without Sharing: the flow can access all data"
 * (https://help.salesforce.com/apex/HTViewHelpDoc?id=platform.flow_distribute_system_mode.htm). A flow launched
 * through the REST API runs in user context unless the flow says otherwise
 * (https://help.salesforce.com/apex/HTViewHelpDoc?id=platform.flow_distribute_context.htm). Which context a flow
 * runs in is set in the flow, not in the manifest: every flow access is a warning, for a reviewer to check.
 */
export const flowRisks = (integration: Integration): Risk[] =>
  effectiveGrants(integration).flatMap(({ permissionSet, flows }) =>
    flows.map(
      (flow): Risk => ({
        rule: 'flow-access',
        integration: integration.name,
        file: integration.file,
        at: { path: [...permissionSet.origin, 'flows'], entries: [flow] },
        grant: flowGrant(flow),
        tokens: [permissionSet.apiName, flow],
      })
    )
  );
