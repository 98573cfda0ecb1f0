/** How much a finding that stands weighs: an error fails `sf intuser validate`, a warning does not. */
export type Severity = 'error' | 'warning';

/** What a project may set a rule to in sfdx-project.json. */
export type RuleSetting = Severity | 'off';

type RuleSpec = {
  severity: Severity;
  /** Whether a manifest's `justifications` can accept what the rule finds. */
  justifiable: boolean;
};

/**
 * Every rule, in the order reports and SARIF list them, with its default severity. The ids are a public
 * contract: projects configure rules by them and code-scanning tools track alerts by them.
 */
export const RULES = {
  'critical-user-permission': { severity: 'error', justifiable: true },
  'high-user-permission': { severity: 'error', justifiable: true },
  'medium-user-permission': { severity: 'warning', justifiable: true },
  'object-modify-all': { severity: 'error', justifiable: true },
  'object-view-all': { severity: 'error', justifiable: true },
  'object-delete': { severity: 'error', justifiable: true },
  'object-view-all-fields': { severity: 'error', justifiable: true },
  'flow-access': { severity: 'warning', justifiable: true },
  'existing-permission-set': { severity: 'warning', justifiable: true },
  'app-self-authorized': { severity: 'error', justifiable: true },
  'app-ip-relaxation': { severity: 'error', justifiable: true },
  'app-infinite-refresh-token': { severity: 'error', justifiable: true },
  'app-refresh-token': { severity: 'warning', justifiable: true },
  'app-full-scope': { severity: 'error', justifiable: true },
  'app-no-ip-ranges': { severity: 'warning', justifiable: true },
  'mfa-api-logins': { severity: 'error', justifiable: true },
  'mfa-waiver': { severity: 'error', justifiable: true },
  'shared-username': { severity: 'error', justifiable: false },
  'integration-user-count': { severity: 'warning', justifiable: false },
  'missing-contact': { severity: 'warning', justifiable: false },
  'stale-justification': { severity: 'warning', justifiable: false },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'off'];

/** The severity each rule runs at: its default unless the project's configuration changes it. */
export type RuleConfiguration = Readonly<Record<RuleId, RuleSetting>>;

export const DEFAULT_CONFIGURATION: RuleConfiguration = Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].severity])) as RuleConfiguration;
