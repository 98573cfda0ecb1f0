import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { parseRuleConfiguration } from '../../src/rules/rule-configuration.js';
import { RULE_IDS } from '../../src/rules/rules.js';
import { toSarif } from '../../src/validate/sarif.js';
import { validateEstate } from '../../src/rules/validate-estate.js';
import { validationResult } from '../../src/validate/validate.js';
import type { ValidateResult } from '../../src/validate/validate-result.js';
import { anEstate } from '../builders/estate-builder.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { validateSarif } from '../support/sarif-schema.js';

/** An error (ModifyAllData), a warning (no IP ranges) and an accepted finding (Order.delete). */
const MIXED: Manifest = aManifest({
  permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } }, userPermissions: ['ModifyAllData'] })],
  app: { scopes: ['api'] },
  justifications: { 'Order.delete': 'Cancelled orders are purged by the ERP' },
});

const resultFor = (manifests: Record<string, Manifest>, rules?: Record<string, string>): ValidateResult => {
  const configuration = parseRuleConfiguration(rules);
  const estate = anEstate(manifests);
  return validationResult('/project', estate.integrations, configuration, validateEstate(estate, configuration));
};

describe('toSarif', () => {
  it('writes a log that the official SARIF 2.1.0 schema accepts', () => {
    const log = toSarif(resultFor({ 'erp.yaml': MIXED }, { 'medium-user-permission': 'error', 'missing-contact': 'off' }), '0.1.0');

    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).to.equal(true);
  });

  it('is checked by a schema that bites: a wrong level or a result without a message fails it', () => {
    const log = toSarif(resultFor({ 'erp.yaml': MIXED }));
    const [result] = log.runs[0]!.results;
    const broken = (change: object) => ({ ...log, runs: [{ ...log.runs[0]!, results: [{ ...result!, ...change }] }] });

    expect(validateSarif(broken({ level: 'fatal' }))).to.equal(false);
    expect(validateSarif(broken({ message: {} }))).to.equal(false);
  });

  it('writes a valid log when there is nothing to report', () => {
    const log = toSarif(resultFor({ 'erp.yaml': aManifest() }));

    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).to.equal(true);
    expect(log.runs[0]!.results).to.deep.equal([]);
  });

  it('describes every rule once, with its default level, in one run of plugin-intuser', () => {
    const { runs } = toSarif(resultFor({ 'erp.yaml': MIXED }), '0.1.0');

    expect(runs).to.have.length(1);
    expect(runs[0]!.tool.driver).to.include({ name: 'plugin-intuser', version: '0.1.0' });
    expect(runs[0]!.tool.driver.rules.map(({ id }) => id)).to.deep.equal(RULE_IDS);
    const objectDelete = runs[0]!.tool.driver.rules.find(({ id }) => id === 'object-delete')!;
    expect(objectDelete.defaultConfiguration).to.deep.equal({ level: 'error' });
    expect(objectDelete.shortDescription.text).to.equal('Delete on an object');
    expect(objectDelete.fullDescription.text).to.match(/destroy/);
    expect(objectDelete.help.text).to.contain('justifications');
  });

  it('places each result at its file, line and column, relative to the project root', () => {
    const { runs } = toSarif(resultFor({ 'erp.yaml': MIXED }));

    const critical = runs[0]!.results.find(({ ruleId }) => ruleId === 'critical-user-permission')!;
    expect(critical).to.deep.include({ level: 'error', ruleIndex: RULE_IDS.indexOf('critical-user-permission') });
    expect(critical.locations[0]!.physicalLocation.artifactLocation).to.deep.equal({ uri: 'integrations/erp.yaml' });
    expect(critical.locations[0]!.physicalLocation.region.startLine).to.be.greaterThan(1);
    expect(critical.message.text).to.contain('ModifyAllData');
    expect(critical).not.to.have.property('suppressions');
  });

  it('writes an accepted finding as a note suppressed in source, with its justification', () => {
    const { runs } = toSarif(resultFor({ 'erp.yaml': MIXED }));

    const accepted = runs[0]!.results.find(({ ruleId }) => ruleId === 'object-delete')!;
    expect(accepted.level).to.equal('note');
    expect(accepted.suppressions).to.deep.equal([{ kind: 'inSource', justification: 'Cancelled orders are purged by the ERP' }]);
  });

  it('records the project\'s configuration as overrides of the rules it changes', () => {
    const { runs } = toSarif(resultFor({ 'erp.yaml': MIXED }, { 'app-no-ip-ranges': 'error', 'missing-contact': 'off' }));

    expect(runs[0]!.invocations[0]!.ruleConfigurationOverrides).to.deep.equal([
      { descriptor: { id: 'app-no-ip-ranges', index: RULE_IDS.indexOf('app-no-ip-ranges') }, configuration: { level: 'error' } },
      { descriptor: { id: 'missing-contact', index: RULE_IDS.indexOf('missing-contact') }, configuration: { enabled: false } },
    ]);
    expect(runs[0]!.results.find(({ ruleId }) => ruleId === 'app-no-ip-ranges')!.level).to.equal('error');
  });

  it('escapes a file name into a URI reference', () => {
    const { runs } = toSarif(resultFor({ 'erp orders.yaml': MIXED }));

    expect(runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).to.equal('integrations/erp%20orders.yaml');
  });
});
