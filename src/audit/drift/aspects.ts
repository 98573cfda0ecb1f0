/**
 * What a component means for access, as comparable aspects: each grant it gives (Modify All on Order, the user
 * permission ModifyAllData, the scope Full, a member of a group), each policy level (IP relaxation, who may use an
 * app), each plain setting (a label). Two files mean the same when their aspects are equal, whatever their bytes.
 */
export type AspectKind =
  | 'objectRight'
  | 'field'
  | 'userPermission'
  | 'apexClass'
  | 'customPermission'
  | 'customMetadataType'
  | 'customSetting'
  | 'flow'
  | 'externalCredentialPrincipal'
  | 'recordType'
  | 'otherAccess'
  | 'member'
  | 'mutingMember'
  | 'scope'
  | 'ipRange'
  | 'appPermissionSet'
  | 'appProfile'
  | 'permittedUsers'
  | 'ipRelaxation'
  | 'refreshToken'
  | 'clientCredentials'
  | 'runAs'
  | 'certificate'
  | 'enabled'
  | 'setting';

export type Aspect = {
  /** Unique within its component, without case (Salesforce compares API names without case). */
  key: string;
  kind: AspectKind;
  /** The name it is about, as the metadata spells it: `Order.modifyAll`, `ModifyAllData`, `Full`, `203.0.113.10-203.0.113.20`. */
  item: string;
  /** What it is, in words: "Modify All on Order", "the user permission ModifyAllData". */
  subject: string;
  /** Its value as a reader sees it; undefined where the component does not have it. */
  value: string | undefined;
  /** The words for an aspect a component does not have: "not granted", "not muted", "not set". */
  absent: string;
  /**
   * How far the value reaches: higher is wider access, what a component lacks reaches 0 (a mute reaches below
   * 0). Absent for settings that neither widen nor narrow (a label).
   */
  reach?: number;
  /** Any other value widens access, whatever it is: another run-as user, another certificate. */
  anyChangeWidens?: boolean;
  /** The element of the metadata file it comes from, dotted: where a reader finds it. */
  element: string;
};

export type Direction = 'widened' | 'narrowed' | 'changed';

/** One aspect on which the org and the manifests disagree. */
export type AspectDifference = {
  direction: Direction;
  kind: AspectKind;
  item: string;
  subject: string;
  element: string;
  /** As the manifests generate it. */
  expected: string;
  /** As the org holds it. */
  actual: string;
  /** The org's value as the metadata has it (undefined: absent): what the risk rules read. */
  actualValue: string | undefined;
};

const directionOf = (expected: Aspect | undefined, actual: Aspect | undefined): Direction => {
  const either = (actual ?? expected)!;
  if (either.anyChangeWidens) return actual?.value === undefined ? 'narrowed' : 'widened';
  if (expected?.reach === undefined && actual?.reach === undefined) return 'changed';
  const [before, after] = [expected?.reach ?? 0, actual?.reach ?? 0];
  return after > before ? 'widened' : after < before ? 'narrowed' : 'changed';
};

/**
 * Where the org's component differs in meaning from the generated one: each aspect whose value differs, and
 * which way it moves access. In the generated file's order, then what only the org has.
 */
export const compareAspects = (expected: readonly Aspect[], actual: readonly Aspect[]): AspectDifference[] => {
  const inOrg = new Map(actual.map((aspect) => [aspect.key, aspect]));
  const generated = new Map(expected.map((aspect) => [aspect.key, aspect]));
  const keys = [...new Set([...generated.keys(), ...inOrg.keys()])];
  return keys.flatMap((key): AspectDifference[] => {
    const [wanted, held] = [generated.get(key), inOrg.get(key)];
    if (wanted?.value === held?.value) return [];
    const either = (held ?? wanted)!;
    return [
      {
        direction: directionOf(wanted, held),
        kind: either.kind,
        item: either.item,
        subject: either.subject,
        element: either.element,
        expected: wanted?.value ?? either.absent,
        actual: held?.value ?? either.absent,
        actualValue: held?.value,
      },
    ];
  });
};
