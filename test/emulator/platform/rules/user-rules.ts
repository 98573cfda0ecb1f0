import { licenceOfUser } from '../../data/derived-fields.js';
import type { OrgDatabase } from '../../data/org-database.js';
import { sameId, type SObjectRecord } from '../../data/record-store.js';
import { DmlError } from '../dml-error.js';
import { changed, requirePermission, type RowRules } from './row-rules.js';

const MANAGE_USERS = ['ManageUsers', 'ManageInternalUsers'];

/**
 * Usernames are unique across every Salesforce org, this one and all others (salesforce-facts.md). Wording as
 * Salesforce gives it: https://github.com/afawcett/githubsfdeploy/issues/20,
 * https://github.com/patronmanager/apex-dml-manager/issues/14.
 */
export const DUPLICATE_USERNAME_MESSAGE =
  "Duplicate Username.<br>The username already exists in this or another Salesforce organization. Usernames must be unique across all Salesforce organizations. To resolve, use a different username (it doesn't need to match the user's email address). ";

const checkUsername = (db: OrgDatabase, user: SObjectRecord): void => {
  const username = String(user.Username).toLowerCase();
  const inThisOrg = db.store.rows('User').some((other) => !sameId(other.Id, user.Id) && String(other.Username).toLowerCase() === username);
  const elsewhere = db.behaviour.usernamesTakenElsewhere.some((taken) => taken.toLowerCase() === username);
  if (inThisOrg || elsewhere) throw new DmlError('DUPLICATE_USERNAME', DUPLICATE_USERNAME_MESSAGE, ['Username']);
};

/**
 * An active user takes a seat of their profile's licence; none free is LICENSE_LIMIT_EXCEEDED, "License Limit
 * Exceeded" (https://thinbug.com/q/12602648, https://help.salesforce.com/s/articleView?id=000387847).
 * Deactivated users free their seat (https://help.salesforce.com/apex/HTViewSolution?id=000003753), so the count
 * is of active users only.
 */
const checkSeat = (db: OrgDatabase, user: SObjectRecord): void => {
  const licenceId = licenceOfUser(db, user);
  const licence = licenceId ? db.store.get('UserLicense', licenceId) : undefined;
  if (!licenceId || !licence || user.IsActive !== true) return;
  const othersActive = db.store.rows('User').filter((other) => !sameId(other.Id, user.Id) && other.IsActive === true && sameId(licenceOfUser(db, other), licenceId)).length;
  if (othersActive >= Number(licence.TotalLicenses ?? 0)) throw new DmlError('LICENSE_LIMIT_EXCEEDED', 'License Limit Exceeded');
};

export const USER_RULES: RowRules = {
  beforeInsert: (db, user) => {
    requirePermission(db, MANAGE_USERS);
    checkUsername(db, user);
    checkSeat(db, user);
  },
  beforeUpdate: (db, before, after) => {
    requirePermission(db, MANAGE_USERS);
    if (changed(before, after, 'Username')) checkUsername(db, after);
    if (changed(before, after, 'IsActive') || changed(before, after, 'ProfileId')) checkSeat(db, after);
  },
};
