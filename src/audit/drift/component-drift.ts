import { withRequiredRights } from '../../model/object-rights.js';
import { APP_TYPES, appAspects, type AppContext } from './app-aspects.js';
import { compareAspects, type Aspect, type AspectDifference } from './aspects.js';
import { groupAspects } from './group-aspects.js';
import { UnreadableComponentError } from './metadata-tree.js';
import { permissionSetAspects } from './permission-set-aspects.js';

/** The types the audit compares, by the suffix of their source files. */
const TYPES_BY_SUFFIX = [
  ['.permissionset-meta.xml', 'PermissionSet'],
  ['.permissionsetgroup-meta.xml', 'PermissionSetGroup'],
  ['.mutingpermissionset-meta.xml', 'MutingPermissionSet'],
  ['.eca-meta.xml', 'ExternalClientApplication'],
  ['.ecaOauth-meta.xml', 'ExtlClntAppOauthSettings'],
  ['.ecaOauthPlcy-meta.xml', 'ExtlClntAppOauthConfigurablePolicies'],
  ['.ecaPlcy-meta.xml', 'ExtlClntAppConfigurablePolicies'],
  ['.connectedApp-meta.xml', 'ConnectedApp'],
] as const;

export type AuditedType = (typeof TYPES_BY_SUFFIX)[number][1];

/** A generated component the audit reads back from the org. */
export type AuditedComponent = {
  type: AuditedType;
  fullName: string;
  integration: string;
  /** The file it is generated to (the environment's variant where it has one), relative to the project root. */
  file: string;
};

/**
 * The component a generated file holds, when the audit compares it. The global OAuth settings of an External
 * Client App are never among them: retrieving them would bring the consumer secret out of the org.
 */
export const auditedComponentOf = (file: { path: string; source: string; integration: string }): AuditedComponent | undefined => {
  const found = TYPES_BY_SUFFIX.find(([suffix]) => file.path.endsWith(suffix));
  if (!found) return undefined;
  const [suffix, type] = found;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1, -suffix.length);
  return { type, fullName: name, integration: file.integration, file: file.source };
};

const aspectsOf = (type: AuditedType, xml: string, context: AppContext | undefined): Aspect[] => {
  switch (type) {
    case 'PermissionSet':
    case 'MutingPermissionSet':
      return permissionSetAspects(xml);
    case 'PermissionSetGroup':
      return groupAspects(xml);
    default:
      return APP_TYPES.includes(type) ? appAspects(type, xml, context) : [];
  }
};

/** What Modify All brings along is reported as Modify All: one difference for what was done in one click. */
const BROUGHT_BY_MODIFY_ALL = withRequiredRights(['modifyAll']).filter((right) => right !== 'modifyAll');

const withoutImpliedRights = (differences: AspectDifference[]): AspectDifference[] => {
  const objectOf = (item: string): string => item.slice(0, item.lastIndexOf('.')).toLowerCase();
  const widenedToModifyAll = new Set(
    differences.filter(({ kind, item, direction }) => kind === 'objectRight' && direction === 'widened' && item.endsWith('.modifyAll')).map(({ item }) => objectOf(item))
  );
  return differences.filter(
    ({ kind, item, direction }) =>
      !(kind === 'objectRight' && direction === 'widened' && widenedToModifyAll.has(objectOf(item)) && BROUGHT_BY_MODIFY_ALL.some((right) => item.endsWith(`.${right}`)))
  );
};

/** How one component in the org stands against what the manifests generate. */
export type ComponentDrift = AuditedComponent & {
  /** `missing`: the org has no such component; `unreadable`: what came back is not its XML. */
  state: 'matches' | 'drifted' | 'missing' | 'unreadable';
  differences: AspectDifference[];
};

/**
 * The component in the org against its generated file, by meaning: what the platform adds on retrieve and
 * explicit defaults compare equal, each other difference says which way it moves access. Pure.
 */
export const componentDrift = (component: AuditedComponent, generated: string, inOrg: string | undefined, context?: AppContext): ComponentDrift => {
  if (inOrg === undefined) return { ...component, state: 'missing', differences: [] };
  let differences: AspectDifference[];
  try {
    differences = withoutImpliedRights(compareAspects(aspectsOf(component.type, generated, context), aspectsOf(component.type, inOrg, context)));
  } catch (error) {
    if (error instanceof UnreadableComponentError) return { ...component, state: 'unreadable', differences: [] };
    throw error;
  }
  return { ...component, state: differences.length === 0 ? 'matches' : 'drifted', differences };
};
