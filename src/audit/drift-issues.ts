import { Messages } from '@salesforce/core';
import { relaxedAppSettingRule } from '../rules/app-files.js';
import { MFA_PERMISSIONS } from '../rules/mfa.js';
import { OBJECT_RIGHT_RULES } from '../rules/object-access.js';
import type { RuleId } from '../rules/rules.js';
import { USER_PERMISSION_TIERS } from '../rules/user-permissions.js';
import type { ObjectRight } from '../manifest/manifest.js';
import type { AuditIssue } from './audit-issue.js';
import type { AspectDifference } from './drift/aspects.js';
import type { ComponentDrift } from './drift/component-drift.js';
import type { FixCommands } from './fix-commands.js';
import type { ManifestPlaces } from './manifest-places.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

/**
 * The validate rule that rates what a widening grants, as validate would rate it in a manifest: an object
 * right, a user permission (MFA ones included), a flow, a permission set nobody generates in the group, an app
 * setting the committed-file rules call relaxed. Undefined where no rule rates it: the widening is still an error.
 */
export const gradeOf = (type: string, { kind, item, element, actualValue }: AspectDifference): RuleId | undefined => {
  switch (kind) {
    case 'objectRight':
      return OBJECT_RIGHT_RULES[item.slice(item.lastIndexOf('.') + 1) as ObjectRight];
    case 'userPermission':
      return USER_PERMISSION_TIERS.get(item.toLowerCase()) ?? MFA_PERMISSIONS.get(item.toLowerCase());
    case 'flow':
      return 'flow-access';
    case 'member':
      return 'existing-permission-set';
    case 'scope':
      return relaxedAppSettingRule(type, element, item);
    case 'permittedUsers':
    case 'ipRelaxation':
    case 'refreshToken':
      return relaxedAppSettingRule(type, element, actualValue);
    default:
      return undefined;
  }
};

const RULE_OF = { widened: 'drift-widened', narrowed: 'drift-narrowed', changed: 'drift-changed' } as const;

/**
 * Each drifted component's findings: a missing one, an unreadable one, and each difference, a widening
 * graded by the risk rules. A muting permission set's grade is that of what its removed mute gives back.
 */
export const driftIssues = (drifts: readonly ComponentDrift[], places: (integration: string) => ManifestPlaces, fixes: FixCommands): AuditIssue[] =>
  drifts.flatMap((drift): AuditIssue[] => {
    const place = places(drift.integration);
    const subject = messages.getMessage('subject.component', [drift.type, drift.fullName]);
    const base = { integration: drift.integration, subject };
    if (drift.state === 'missing' || drift.state === 'unreadable') {
      const missing = drift.state === 'missing';
      return [
        {
          ...base,
          rule: missing ? 'drift-missing-component' : 'drift-changed',
          at: place.component(drift),
          message: messages.getMessage(missing ? 'drift-missing-component.message' : 'drift-changed.unreadable', [drift.type, drift.fullName]),
          expected: messages.getMessage('expected.componentPresent'),
          actual: missing ? messages.getMessage('absent.org') : messages.getMessage('drift-changed.unreadable', [drift.type, drift.fullName]),
          fix: messages.getMessage(missing ? 'drift-missing-component.fix' : 'drift-changed.fix', [fixes.deploy(drift.integration)]),
        },
      ];
    }
    return drift.differences.map((difference): AuditIssue => {
      const rule = RULE_OF[difference.direction];
      const grade = difference.direction === 'widened' ? gradeOf(drift.type, difference) : undefined;
      return {
        ...base,
        rule,
        at: place.difference(drift, difference),
        message: messages.getMessage(`${rule}.message`, [drift.type, drift.fullName, difference.subject, difference.actual, difference.expected]),
        expected: difference.expected,
        actual: difference.actual,
        ...(grade === undefined ? {} : { grade }),
        fix: messages.getMessage(`${rule}.fix`, [fixes.deploy(drift.integration)]),
      };
    });
  });
