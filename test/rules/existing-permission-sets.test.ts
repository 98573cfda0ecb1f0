import { expect } from 'chai';
import { findingsFor } from '../builders/estate-builder.js';
import { aManifest } from '../builders/manifest-builder.js';

const withExisting = (overrides: Parameters<typeof aManifest>[0] = {}) =>
  aManifest({ existingPermissionSets: ['acme__Connector_User', 'Shared_Read_Only'], ...overrides });

describe('existing-permission-set', () => {
  it('warns of each existing permission set in the group, saying its grants cannot be judged offline', () => {
    const findings = findingsFor({ 'erp.yaml': withExisting() });

    expect(findings.map(({ rule, severity, grant, path }) => [rule, severity, grant, path])).to.deep.equal([
      ['existing-permission-set', 'warning', 'permissionSet.acme__Connector_User', 'existingPermissionSets[0]'],
      ['existing-permission-set', 'warning', 'permissionSet.Shared_Read_Only', 'existingPermissionSets[1]'],
    ]);
    expect(findings[0]!.message).to.equal(
      'The group includes the existing permission set acme__Connector_User, which plugin-intuser does not generate: what it grants cannot be judged offline.'
    );
    expect(findings[0]!.risk).to.contain('license');
  });

  it('accepts a justified one as a note with its reason', () => {
    const findings = findingsFor({ 'erp.yaml': withExisting({ justifications: { 'permissionSet.Shared_Read_Only': 'Reviewed with the data owners each quarter' } }) });

    expect(findings.map(({ grant, severity, reason }) => [grant, severity, reason])).to.deep.equal([
      ['permissionSet.acme__Connector_User', 'warning', undefined],
      ['permissionSet.Shared_Read_Only', 'note', 'Reviewed with the data owners each quarter'],
    ]);
  });

  it('turns a justification stale once its permission set leaves the group', () => {
    const findings = findingsFor({ 'erp.yaml': aManifest({ justifications: { 'permissionSet.Shared_Read_Only': 'Reviewed each quarter' } }) });

    expect(findings.map(({ rule }) => rule)).to.deep.equal(['stale-justification']);
  });

  it('reports nothing for a group of generated permission sets only', () => {
    expect(findingsFor({ 'erp.yaml': aManifest() })).to.deep.equal([]);
  });
});
