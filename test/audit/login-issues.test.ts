import { expect } from 'chai';
import { loginReview } from '../../src/audit/login-issues.js';
import { isInside } from '../../src/audit/login-kinds.js';
import { manifestPlaces } from '../../src/audit/manifest-places.js';
import type { OrgLogin } from '../../src/org/login-history.js';
import { anIntegration } from '../builders/estate-builder.js';
import { aManifest } from '../builders/manifest-builder.js';
import { anOrgLogin, anOrgUser } from '../builders/org-state-builder.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const MANIFEST = aManifest({ app: { scopes: ['api'], ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20' }] } });
const INTEGRATION = anIntegration(MANIFEST);
const places = manifestPlaces(INTEGRATION, MANIFEST, undefined);
const PERIOD = { now: NOW, days: 30, staleDays: 90 };

const daily = (days: number, overrides: Partial<OrgLogin> = {}): OrgLogin[] => Array.from({ length: days }, (_, day) => anOrgLogin(NOW, day, overrides));
const review = (logins: readonly OrgLogin[], user = anOrgUser()) => loginReview('ERP_Order_Sync', user, logins, INTEGRATION.app, PERIOD, places);
const rules = (logins: readonly OrgLogin[]): string[] => review(logins).issues.map(({ rule }) => rule);

describe('audit: the integration user’s logins', () => {
  it('finds nothing in daily client-credentials logins from the declared addresses, and sums them up', () => {
    const { issues, summary, lastSuccessfulLogin } = review(daily(60));

    expect(issues).to.deep.equal([]);
    // Today's and those of the 30 days before: the period's start is included.
    expect(summary).to.deep.include({ attempts: 31, successes: 31, failures: [], outsideIpRanges: [], passwordLogins: 0, interactiveAttempts: 0 });
    expect(lastSuccessfulLogin).to.equal(NOW.toISOString());
  });

  it('counts failures by status, told apart client-side (LoginHistory cannot filter on Status)', () => {
    const logins = [...daily(5), anOrgLogin(NOW, 1, { status: 'Invalid Password' }), anOrgLogin(NOW, 2, { status: 'Invalid Password' }), anOrgLogin(NOW, 3, { status: 'Restricted IP' })];

    const [issue] = review(logins).issues;

    expect(issue).to.include({ rule: 'login-failures', actual: 'Invalid Password (2), Restricted IP (1)' });
    expect(issue!.message).to.equal('3 failed login(s) of svc.erp-sync@acme.example in the last 30 days: Invalid Password (2), Restricted IP (1).');
  });

  it('reports attempts from outside the IP ranges, with each address, at the manifest’s ipRanges', () => {
    const logins = [...daily(5), anOrgLogin(NOW, 1, { sourceIp: '198.51.100.7' }), anOrgLogin(NOW, 2, { sourceIp: '2001:db8::1', status: 'Restricted IP' })];

    const issue = review(logins).issues.find(({ rule }) => rule === 'login-outside-ip-ranges');

    expect(issue).to.include({ expected: 'from 203.0.113.10-203.0.113.20', actual: '198.51.100.7 (1), 2001:db8::1 (1)' });
    expect(issue!.at.path).to.deep.equal(['app', 'ipRanges']);
  });

  it('reports the username-password flow and SOAP login(), which Salesforce is retiring', () => {
    const logins = [...daily(5), anOrgLogin(NOW, 1, { subType: 'OAuth Username-Password' }), anOrgLogin(NOW, 2, { subType: 'OauthUsernamePassword' }), anOrgLogin(NOW, 3, { loginType: 'Other Apex API', subType: null })];

    const issue = review(logins).issues.find(({ rule }) => rule === 'login-username-password');

    expect(issue!.message).to.equal('3 login(s) of svc.erp-sync@acme.example in the last 30 days through the OAuth username-password flow and SOAP login().');
    expect(issue!.expected).to.equal('the client credentials flow only');
  });

  it('reports interactive attempts, successful or not', () => {
    const logins = [...daily(5), anOrgLogin(NOW, 1, { loginType: 'Application', subType: 'UI Username-Password', status: 'Invalid Password' }), anOrgLogin(NOW, 2, { loginType: 'Application', subType: 'UI Username-Password' })];

    expect(rules(logins)).to.deep.equal(['login-failures', 'login-interactive']);
  });

  it('calls an integration stale when its last successful login is older than --stale-days, or there is none', () => {
    const old = [anOrgLogin(NOW, 120), anOrgLogin(NOW, 10, { status: 'Invalid Password' })];

    const stale = review(old).issues.find(({ rule }) => rule === 'login-stale');

    expect(stale!.message).to.equal(`No successful login of svc.erp-sync@acme.example in the last 90 days (last: ${new Date(NOW.getTime() - 120 * 86_400_000).toISOString()}).`);
    expect(rules([])).to.deep.equal(['login-stale']);
    expect(review([anOrgLogin(NOW, 200)], anOrgUser({ lastLoginDate: new Date(NOW.getTime() - 5 * 86_400_000).toISOString() })).issues).to.deep.equal([]);
  });

  it('leaves attempts older than --days out of the counts', () => {
    const { summary, issues } = review([anOrgLogin(NOW, 1), anOrgLogin(NOW, 45, { status: 'Invalid Password' })]);

    expect(summary.attempts).to.equal(1);
    expect(issues).to.deep.equal([]);
  });

  it('checks addresses against IPv4 ranges, bounds included', () => {
    const ranges = [{ start: '203.0.113.10', end: '203.0.113.20' }];

    expect(['203.0.113.10', '203.0.113.20', '203.0.113.15'].every((ip) => isInside(ip, ranges))).to.equal(true);
    expect(['203.0.113.9', '203.0.113.21', '203.0.114.15', '::1', 'N/A'].some((ip) => isInside(ip, ranges))).to.equal(false);
  });
});
