import type { Aspect } from './aspects.js';
import { parseComponent, textOf, textsOf } from './metadata-tree.js';

/**
 * The aspects of a permission set group: its members (each one more permission set's access), its muting
 * permission sets (each one takes access away), its label, description and activation. Its `status` is the
 * org's recalculation state, which a retrieve adds: it means nothing about access and is never compared.
 */
export const groupAspects = (xml: string): Aspect[] => {
  const tree = parseComponent(xml, 'PermissionSetGroup');
  const setting = (element: 'label' | 'description'): Aspect => ({
    key: `setting:${element}`,
    kind: 'setting',
    item: element,
    subject: `the ${element}`,
    value: textOf(tree, element) === '' ? undefined : textOf(tree, element),
    absent: 'not set',
    element,
  });
  const activation = textOf(tree, 'hasActivationRequired') === 'true';
  return [
    setting('label'),
    setting('description'),
    {
      key: 'setting:hasactivationrequired',
      kind: 'setting',
      item: 'hasActivationRequired',
      subject: 'activation required',
      value: String(activation),
      absent: 'false',
      reach: activation ? 0 : 1,
      element: 'hasActivationRequired',
    },
    ...textsOf(tree, 'permissionSets').map((name): Aspect => ({
      key: `member:${name.toLowerCase()}`,
      kind: 'member',
      item: name,
      subject: `the permission set ${name} in the group`,
      value: 'a member',
      absent: 'not a member',
      reach: 1,
      element: 'permissionSets',
    })),
    ...textsOf(tree, 'mutingPermissionSets').map((name): Aspect => ({
      key: `muting:${name.toLowerCase()}`,
      kind: 'mutingMember',
      item: name,
      subject: `the muting permission set ${name} in the group`,
      value: 'a member',
      absent: 'not a member',
      reach: -1,
      element: 'mutingPermissionSets',
    })),
  ];
};
