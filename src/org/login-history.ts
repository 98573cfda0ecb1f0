import type { OrgSession } from './org-session.js';
import { inChunks, soqlList } from './soql.js';

/** One login attempt, as LoginHistory records it. */
export type OrgLogin = {
  userId: string;
  /** ISO date and time. */
  time: string;
  /** `Remote Access 2.0`, `Application`, `Other Apex API`, ... */
  loginType: string;
  /** `OAuth Client Credentials`, `OAuth Username-Password`, ... (label or API name: which one the API returns is unverified). */
  subType: string | null;
  /** Exactly `Success`, or the reason the attempt failed. */
  status: string;
  sourceIp: string | null;
  /** The connected app or External Client App of an OAuth login. */
  application: string | null;
};

type LoginRow = { UserId: string; LoginTime: string; LoginType: string; LoginSubType: string | null; Status: string; SourceIp: string | null; Application: string | null };

/**
 * The users' login attempts of the last `days` days. LoginHistory filters on UserId and LoginTime but not on
 * Status or LoginSubType (Object Reference, LoginHistory: only some fields are filterable,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_loginhistory.htm):
 * failures and flows are told apart by the caller. LAST_N_DAYS starts at midnight `days` days ago. Reading it
 * needs Manage Users or Monitor Login History.
 */
export const readLoginHistory = async (session: OrgSession, userIds: readonly string[], days: number): Promise<OrgLogin[]> => {
  const rows = await Promise.all(
    inChunks(userIds).map((chunk) =>
      session.query<LoginRow>(
        `SELECT UserId, LoginTime, LoginType, LoginSubType, Status, SourceIp, Application FROM LoginHistory WHERE UserId IN ${soqlList(chunk)} AND LoginTime = LAST_N_DAYS:${Math.max(1, Math.trunc(days))}`,
        'the login history'
      )
    )
  );
  return rows.flat().map((row) => ({
    userId: row.UserId,
    time: row.LoginTime,
    loginType: row.LoginType,
    subType: row.LoginSubType ?? null,
    status: row.Status,
    sourceIp: row.SourceIp ?? null,
    application: row.Application ?? null,
  }));
};
