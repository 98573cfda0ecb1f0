import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { Risk } from './risk.js';

/** A risk and, when the integration's manifest justifies its grant, the reason that accepts it. */
export type JudgedRisk = Risk & { reason?: string };

/**
 * Justification keys are the grants risks carry, compared exactly:
 * - `<Object>.<right>`, right one of delete, viewAll, modifyAll, viewAllFields (`Order.delete`); Modify All
 *   is justified as `<Object>.modifyAll`, which covers the delete and View All it brings along;
 * - a user permission's API name as the manifest writes it (`ModifyAllData`, `TwoFactorApi`);
 * - `flow.<Flow>` for access to a flow, `permissionSet.<Name>` for an existing permission set in the group;
 * - `app.permittedUsers`, `app.ipRelaxation`, `app.refreshToken`, `app.scopes.full`, `app.ipRanges`.
 * A justification that accepts no risk of its integration is stale: its grant is gone, or never needed one.
 */
export const justify = (integrations: readonly Integration[], risks: readonly Risk[]): JudgedRisk[] => {
  const byName = new Map(integrations.map((integration) => [integration.name, integration]));
  const reasonFor = (risk: Risk): string | undefined => {
    const justifications = byName.get(risk.integration)?.justifications ?? {};
    return risk.grant !== undefined && Object.hasOwn(justifications, risk.grant) ? justifications[risk.grant] : undefined;
  };
  const judged = risks.map((risk): JudgedRisk => {
    const reason = reasonFor(risk);
    return reason === undefined ? risk : { ...risk, reason };
  });
  const used = new Set(judged.filter(({ reason }) => reason !== undefined).map(({ integration, grant }) => JSON.stringify([integration, grant])));
  const stale = integrations.flatMap((integration) =>
    Object.keys(integration.justifications)
      .filter((grant) => !used.has(JSON.stringify([integration.name, grant])))
      .sort(byCodePoint)
      .map((grant): Risk => ({
        rule: 'stale-justification',
        integration: integration.name,
        file: integration.file,
        at: { path: ['justifications', grant], key: true },
        tokens: [grant],
      }))
  );
  return [...judged, ...stale];
};
