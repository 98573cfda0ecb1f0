/*
 * How far an app policy's value opens the app, for the comparison to tell a relaxed policy (wider) from a
 * tightened one. Values from the Metadata API reference: ExtlClntAppOauthConfigurablePolicies
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthconfigurablepolicies.htm)
 * and ConnectedApp's oauthPolicy (salesforce-facts.md, "Connected apps and External Client Apps").
 */

/** IP relaxation, narrowest first, in either spelling (ECA `Bypass_2factor`, connected app `BYPASS_2FACTOR`). */
const IP_RELAXATION = ['enforce', 'enforce_relaxrefresh', 'bypass_2factor', 'bypass'];
export const ipRelaxationReach = (value: string | undefined): number => {
  const index = IP_RELAXATION.indexOf((value ?? 'enforce').toLowerCase());
  return index < 0 ? IP_RELAXATION.length : index;
};

const HOURS: Readonly<Record<string, number>> = { hours: 1, days: 24, months: 720 };
const FOREVER = 1e9;
/** Tokens kept while in use outlive any fixed lifetime but not an unlimited one. */
const WHILE_USED = 1e6;

/** Refresh tokens: none, a lifetime (longer reaches further), while used, forever. */
export const refreshTokenReach = (kind: string, amount: string | undefined, unit: string | undefined): number => {
  const hours = Number(amount ?? 0) * (HOURS[(unit ?? '').toLowerCase()] ?? 1);
  switch (kind.toLowerCase()) {
    case 'zero':
      return 0;
    case 'specificlifetime':
    case 'specific_lifetime':
      return 1 + hours;
    case 'specificinactivity':
    case 'specific_inactivity':
      return WHILE_USED + hours;
    default:
      return FOREVER;
  }
};

