import type { ComponentProblem } from './component-problem.js';
import type { XmlOutline } from './xml-outline.js';

const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/**
 * Types whose WSDL sequence is case-sensitive alphabetical (checked against metadata-66.0.wsdl), so the
 * emulator can enforce the order without a copy of the WSDL. Only the root's children are checked.
 */
export const ALPHABETICAL_SEQUENCE_TYPES: ReadonlySet<string> = new Set([
  'PermissionSet',
  'PermissionSetGroup',
  'MutingPermissionSet',
  'ConnectedApp',
  'ExternalClientApplication',
  'ExtlClntAppOauthSettings',
  'ExtlClntAppGlobalOauthSettings',
  'ExtlClntAppOauthConfigurablePolicies',
  'ExtlClntAppConfigurablePolicies',
]);

// fullName comes from the Metadata base type, whose elements precede the type's own in the sequence.
const sequenceKey = (name: string): string => (name === 'fullName' ? '' : name);

/**
 * The first element that comes after one it should precede, reported as Salesforce's XML parser does.
 * Repeats are allowed only next to each other: a second run of fieldPermissions after label is out of place.
 * JavaScript's string order is by code unit, which is the case-sensitive order of the WSDL (isDPop < isDevice).
 */
export const elementOrderProblem = (type: string, outline: XmlOutline): ComponentProblem | undefined => {
  if (!ALPHABETICAL_SEQUENCE_TYPES.has(type)) return undefined;
  let previous = '';
  for (const child of outline.children) {
    const key = sequenceKey(child.name);
    if (key < previous) {
      return {
        problem: `Error parsing file: Element {${METADATA_NAMESPACE}}${child.name} invalid at this location in type ${type}`,
        lineNumber: child.line,
        columnNumber: child.column,
      };
    }
    previous = key;
  }
  return undefined;
};
