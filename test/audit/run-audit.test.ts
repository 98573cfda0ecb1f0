import { expect } from 'chai';
import { runAudit, type AuditOptions } from '../../src/audit/run-audit.js';
import type { AuditResult } from '../../src/audit/audit-result.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { anAuditedOrg, type AuditedOrg } from '../builders/audited-org.js';
import { METADATA_DIR } from '../builders/project-builder.js';
import { isolateSalesforceState } from '../emulator/org-emulator.js';

describe('audit (the core, over real HTTP against the emulated org)', () => {
  isolateSalesforceState();
  let audited: AuditedOrg;

  const audit = (options: Partial<AuditOptions> = {}): Promise<AuditResult> =>
    runAudit({ projectDir: audited.project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', environment: 'uat', days: 30, staleDays: 90, failOn: 'error', ...options }, audited.connection);

  afterEach(() => audited?.dispose());

  it('finds nothing in an org that holds what the manifests generate', async () => {
    audited = await anAuditedOrg();

    const result = await audit();

    expect(result.findings.map(({ rule, message }) => `${rule}: ${message}`)).to.deep.equal([]);
    expect(result.passed).to.equal(true);
  });
});
