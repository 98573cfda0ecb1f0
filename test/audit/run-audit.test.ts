import { expect } from 'chai';
import type { AuditOptions } from '../../src/audit/run-audit.js';
import type { AuditResult } from '../../src/audit/audit-result.js';
import { anAuditedOrg, type AuditedOrg } from '../builders/audited-org.js';
import { isolateSalesforceState } from '../emulator/org-emulator.js';
import { restCall } from '../support/fault-proxy.js';
import { orgFailureOf } from '../support/rejection.js';

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

  it('stops with a timeout at the end of its wait when the org stops answering, every read bounded by the session', async () => {
    audited = await anAuditedOrg();
    audited.proxy.inject({ fault: 'hang', when: restCall('/query') });
    const started = Date.now();

    const failure = await orgFailureOf(audited.audit({}, 1500));

    expect(failure.kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(4000);
  });
});
