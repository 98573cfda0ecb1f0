import type { ObjectRight } from '../manifest/manifest.js';
import type { Integration } from '../model/integration.js';
import { RIGHT_ORDER, withRequiredRights } from '../model/object-rights.js';
import { effectiveGrants } from './effective-grants.js';
import type { Risk } from './risk.js';
import type { RuleId } from './rules.js';

/** The rule that rates each object right an integration may hold; the others are not risky in themselves. */
export const OBJECT_RIGHT_RULES: Partial<Record<ObjectRight, RuleId>> = {
  modifyAll: 'object-modify-all',
  viewAll: 'object-view-all',
  delete: 'object-delete',
  viewAllFields: 'object-view-all-fields',
};

/** What Modify All brings along is reported, and justified, as Modify All: one finding per thing asked for. */
const SUBSUMED_BY_MODIFY_ALL = new Set<ObjectRight>(withRequiredRights(['modifyAll']).filter((right) => right !== 'modifyAll'));

/** The rights whose grant brings `right` along, the right itself first: the manifest entries that may have asked for it. */
const askedAs = (right: ObjectRight): ObjectRight[] => [right, ...RIGHT_ORDER.filter((other) => other !== right && withRequiredRights([other]).includes(right))];

export const objectAccessRisks = (integration: Integration): Risk[] =>
  effectiveGrants(integration).flatMap(({ permissionSet, objects }) =>
    objects.flatMap(({ object, rights }) =>
      rights
        .filter((right) => !(rights.includes('modifyAll') && SUBSUMED_BY_MODIFY_ALL.has(right)))
        .flatMap((right): Risk[] => {
          const rule = OBJECT_RIGHT_RULES[right];
          if (rule === undefined) return [];
          return [
            {
              rule,
              integration: integration.name,
              file: integration.file,
              at: { path: [...permissionSet.origin, 'objects', object, 'access'], entries: askedAs(right) },
              grant: `${object}.${right}`,
              tokens: [permissionSet.apiName, object],
            },
          ];
        })
    )
  );
