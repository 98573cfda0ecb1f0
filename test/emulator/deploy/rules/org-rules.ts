import { XMLValidator } from 'fast-xml-parser';
import { parseMetadata } from '../../metadata/metadata-tree.js';
import type { OrgSchema } from '../../org-schema.js';
import type { DeployedComponent } from '../deploy-zip.js';
import type { ComponentProblem } from './component-problem.js';
import { connectedAppProblem, type ConnectedAppPolicy } from './connected-app-rule.js';
import { ALPHABETICAL_SEQUENCE_TYPES, elementOrderProblem } from './element-order-rule.js';
import { externalClientAppProblem, type ExternalClientAppFacts } from './external-client-app-rules.js';
import { PERMISSION_TYPES, permissionProblem } from './permission-rules.js';
import { recalculationProblem, type RecalculationFacts } from './recalculation-rule.js';
import { runAsUserProblem, type UserDirectory } from './run-as-user-rule.js';
import { outlineXml } from './xml-outline.js';

/** What the rules need to know about the org a component is deployed to, as it stands at that point of the deploy. */
export type OrgFacts = ConnectedAppPolicy & ExternalClientAppFacts & UserDirectory & RecalculationFacts & { schema: OrgSchema };

/** The types the emulator has rules for; any other component is accepted as it is. */
const CHECKED_TYPES: ReadonlySet<string> = new Set([...ALPHABETICAL_SEQUENCE_TYPES, ...PERMISSION_TYPES]);

/** The rules that need the org's other components and users: External Client Apps, run-as users. */
const stateProblem = (component: DeployedComponent, org: OrgFacts): ComponentProblem | undefined => {
  const { node } = parseMetadata(component.content);
  return externalClientAppProblem(component.type, component.fullName, node, org) ?? runAsUserProblem(component.type, node, org);
};

/**
 * Whether the org accepts a component, checking in Salesforce's order: the file must parse, then follow
 * its type's element sequence, then make sense in this org. Only the rules written here are checked
 * (org-emulation.md: real Salesforce validates far more).
 */
export const checkComponent = (component: DeployedComponent, org: OrgFacts): ComponentProblem | undefined => {
  if (!CHECKED_TYPES.has(component.type)) return undefined;
  const validation = XMLValidator.validate(component.content);
  if (validation !== true) {
    return { problem: `Error parsing file: ${validation.err.msg}`, lineNumber: validation.err.line, columnNumber: validation.err.col };
  }
  const orderProblem = elementOrderProblem(component.type, outlineXml(component.content));
  if (orderProblem) return orderProblem;
  if (PERMISSION_TYPES.has(component.type)) return permissionProblem(component.content, org.schema) ?? recalculationProblem(component.type, component.fullName, org);
  if (component.type === 'ConnectedApp') return connectedAppProblem(component.fullName, org) ?? stateProblem(component, org);
  return stateProblem(component, org);
};
