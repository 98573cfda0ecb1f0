import { expect } from 'chai';
import type { AuditOptions } from '../../src/audit/run-audit.js';
import type { AuditResult } from '../../src/audit/audit-result.js';
import { anAuditedOrg, type AuditedOrg } from '../builders/audited-org.js';
import { isolateSalesforceState } from '../emulator/org-emulator.js';

describe('audit (the core, over real HTTP against the emulated org)', () => {
  isolateSalesforceState();
  let audited: AuditedOrg;

  const audit = (options: Partial<AuditOptions> = {}): Promise<AuditResult> => audited.audit(options);

  afterEach(() => audited?.dispose());

  it('finds nothing in an org that holds what the manifests generate', async () => {
    audited = await anAuditedOrg();

    const result = await audit();

    expect(result.findings.map(({ rule, message }) => `${rule}: ${message}`)).to.deep.equal([]);
    expect(result.passed).to.equal(true);
  });
});
