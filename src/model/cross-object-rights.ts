import { OBJECT_DEPENDENCIES } from '../catalogue/object-dependencies.js';
import { standardObject } from '../catalogue/standard-objects.js';
import type { ObjectRight } from '../manifest/manifest.js';
import type { ObjectGrant } from './integration.js';
import { RIGHT_ORDER, withRequiredRights } from './object-rights.js';
import { byCodePoint } from './sort.js';

const WRITTEN_OUT = OBJECT_DEPENDENCIES.filter((dependency) => dependency.writeOut !== false);

type Cause = { object: string; right: ObjectRight };

/**
 * The object grants of one permission set with what Salesforce requires across objects written out: Contact
 * read brings Account read, as edit brings read. The platform refuses a permission set that lacks them
 * ("Permission Create Contracts depends on permission(s): Read Accounts"), so they are granted explicitly, and
 * each added right records the grant that requires it, for the reviewer. Followed transitively; object names
 * are compared without case and an added object takes its catalogued name. Pure.
 */
export const withCrossObjectRights = (grants: readonly ObjectGrant[]): ObjectGrant[] => {
  const byObject = new Map(grants.map((grant) => [grant.object.toLowerCase(), { object: grant.object, rights: new Set(grant.rights), asked: new Set(grant.rights), by: [] as Cause[] }]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const dependency of WRITTEN_OUT) {
      const holder = byObject.get(dependency.object.toLowerCase());
      if (!holder?.rights.has(dependency.right)) continue;
      const key = dependency.requires.object.toLowerCase();
      const target = byObject.get(key) ?? { object: standardObject(key)?.name ?? dependency.requires.object, rights: new Set<ObjectRight>(), asked: new Set<ObjectRight>(), by: [] };
      byObject.set(key, target);
      const cause = { object: holder.object, right: dependency.right };
      const missing = withRequiredRights([dependency.requires.right]).filter((right) => !target.rights.has(right));
      if (!target.asked.has(dependency.requires.right) && !target.by.some((known) => known.object === cause.object && known.right === cause.right)) target.by.push(cause);
      missing.forEach((right) => target.rights.add(right));
      if (missing.length > 0) changed = true;
    }
  }
  return [...byObject.values()]
    .map(({ object, rights, asked, by }): ObjectGrant => {
      const ordered = RIGHT_ORDER.filter((right) => rights.has(right));
      const implied = ordered.filter((right) => !asked.has(right));
      return implied.length === 0 ? { object, rights: ordered } : { object, rights: ordered, implied: { rights: implied, by } };
    })
    .sort((a, b) => byCodePoint(a.object, b.object));
};
