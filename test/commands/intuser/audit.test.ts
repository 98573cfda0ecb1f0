import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { anAuditedOrg, type AuditedOrg } from '../../builders/audited-org.js';
import { isolateSalesforceState } from '../../emulator/org-emulator.js';
import { isolatedHome } from '../../emulator/salesforce-environment.js';
import { runCli } from '../../support/run-cli.js';
import { validateSarif } from '../../support/sarif-schema.js';

const resultSchema = JSON.parse(readFileSync(new URL('../../../schemas/results/intuser-audit.json', import.meta.url), 'utf8')) as object;
const validateResult = new Ajv({ allErrors: true }).compile(resultSchema);

/** sf intuser audit as a pipeline or an auditor runs it: bin/run.js in a child process, against the emulated org. */
describe('sf intuser audit (bin/run.js)', () => {
  isolateSalesforceState();
  let audited: AuditedOrg;

  const audit = (args: string[]) => runCli(['intuser', 'audit', '--target-org', audited.username, '--env', 'uat', ...args], audited.project.dir, { HOME: isolatedHome()! });

  beforeEach(async () => {
    audited = await anAuditedOrg();
  });
  afterEach(() => audited.dispose());

  it('exits 0 on an org that holds what the manifests declare, and returns a --json result that matches its schema', async () => {
    const { exitCode, stdout } = await audit(['--json']);

    const output = JSON.parse(stdout) as { result: { passed: boolean; integrations: unknown[]; findings: unknown[] } };
    expect(exitCode).to.equal(0);
    expect(validateResult(output.result), JSON.stringify(validateResult.errors)).to.equal(true);
    expect(output.result.findings).to.deep.equal([]);
    expect(output.result.integrations).to.have.length(4);
  });

  it('exits 1 on drift, writes the review with --format markdown --output-file and shows the human report', async () => {
    audited.org.setup.edit('ExtlClntAppOauthConfigurablePolicies', 'ERP_Order_Sync_oauth_defaultPolicy', { ipRelaxationPolicyType: 'Bypass' });

    const { exitCode, stdout, stderr } = await audit(['--format', 'markdown', '--output-file', 'review.md']);

    expect(exitCode).to.equal(1);
    const review = await audited.project.read('review.md');
    expect(review).to.contain('# Integration user access review');
    expect(review).to.contain('`drift-widened`');
    expect(stdout).to.contain('error drift-widened  integrations/erp-order-sync.yaml');
    expect(stdout).to.contain('Manifests: Enforce. Org: Bypass.');
    expect(`${stdout}${stderr}`).to.contain('Audited 4 integration(s)');
  });

  it('prints SARIF with --format sarif and nothing else, and fails on warnings with --fail-on warning', async () => {
    audited.org.setup.edit('PermissionSet', 'ERP_Order_Sync_Orders', { label: 'Orders (renamed in Setup)' });

    const lenient = await audit(['--format', 'sarif']);
    const strict = await audit(['--format', 'sarif', '--fail-on', 'warning']);

    const sarif = JSON.parse(lenient.stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).to.equal(true);
    expect(sarif.runs[0]!.results.map(({ ruleId, level }) => `${ruleId} ${level}`)).to.deep.equal(['drift-changed warning']);
    expect([lenient.exitCode, strict.exitCode]).to.deep.equal([0, 1]);
  });

  it('exits 1 on an expired session and says how to log in again', async () => {
    audited.org.expireSession();

    const { exitCode, stderr } = await audit([]);

    expect(exitCode).to.equal(1);
    expect(stderr).to.contain('sf org login');
  });
});
