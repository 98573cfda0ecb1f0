import { expect } from 'chai';
import { acceptedGrants } from '../../src/rules/validate-estate.js';
import { anIntegration, findingsFor } from '../builders/estate-builder.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const runningFlows = (overrides: Parameters<typeof aManifest>[0] = {}) =>
  aManifest({ permissionSets: [aPermissionSet({ flows: ['Route_Case', 'Case_Intake'] })], ...overrides });

describe('flow-access', () => {
  it('warns of each flow the integration may run, at its entry in the manifest', () => {
    const findings = findingsFor({ 'erp.yaml': runningFlows() });

    expect(findings.map(({ rule, severity, grant, path }) => [rule, severity, grant, path])).to.deep.equal([
      ['flow-access', 'warning', 'flow.Route_Case', 'permissionSets[0].flows[0]'],
      ['flow-access', 'warning', 'flow.Case_Intake', 'permissionSets[0].flows[1]'],
    ]);
    expect(findings[1]!.message).to.equal('Permission set ERP_Order_Sync_Orders lets the integration run the flow Case_Intake.');
    expect(findings[1]!.risk).to.contain('system context');
    expect(findings[1]!.fix).to.contain('justifications: { flow.Case_Intake: <why it is needed> }');
  });

  it('says nothing of a flow the group mutes', () => {
    const findings = findingsFor({ 'erp.yaml': runningFlows({ mute: { flows: ['Route_Case'] } }) });

    expect(findings.map(({ grant }) => grant)).to.deep.equal(['flow.Case_Intake']);
  });

  it('accepts a justified flow, and the page lists it', () => {
    const manifest = runningFlows({ justifications: { 'flow.Case_Intake': 'Runs in user context; creates the case only' } });

    const findings = findingsFor({ 'erp.yaml': manifest });

    expect(findings.map(({ grant, severity }) => [grant, severity])).to.deep.equal([['flow.Route_Case', 'warning'], ['flow.Case_Intake', 'note']]);
    expect(acceptedGrants(anIntegration(manifest))).to.deep.equal([{ grant: 'flow.Case_Intake', reason: 'Runs in user context; creates the case only' }]);
  });

  it('reports nothing for an integration that runs no flow', () => {
    expect(findingsFor({ 'erp.yaml': aManifest() })).to.deep.equal([]);
  });
});
