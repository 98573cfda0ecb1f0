import { expect } from 'chai';
import { type SfError } from '@salesforce/core';
import { parseRuleConfiguration } from '../../src/rules/rule-configuration.js';
import { DEFAULT_CONFIGURATION } from '../../src/rules/rules.js';
import { findingsFor } from '../builders/estate-builder.js';
import { refusalOf } from '../support/rejection.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const refusal = (rules: Record<string, unknown>): SfError => refusalOf(() => parseRuleConfiguration(rules));

const deletingOrders = { 'erp.yaml': aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } } })] }) };

describe('rule configuration (plugins.intuser in sfdx-project.json)', () => {
  it('is the defaults when the project configures nothing', () => {
    expect(parseRuleConfiguration()).to.deep.equal(DEFAULT_CONFIGURATION);
    expect(parseRuleConfiguration({})).to.deep.equal(DEFAULT_CONFIGURATION);
  });

  it('changes the severity of the rules it names, and only those', () => {
    const configuration = parseRuleConfiguration({ 'object-delete': 'warning', 'app-no-ip-ranges': 'off' });

    expect(configuration).to.deep.equal({ ...DEFAULT_CONFIGURATION, 'object-delete': 'warning', 'app-no-ip-ranges': 'off' });
  });

  it('makes a finding of a downgraded rule a warning', () => {
    const findings = findingsFor(deletingOrders, parseRuleConfiguration({ 'object-delete': 'warning' }));

    expect(findings.map(({ rule, severity }) => `${rule} ${severity}`)).to.deep.equal(['object-delete warning']);
  });

  it('drops the findings of a rule turned off', () => {
    expect(findingsFor(deletingOrders, parseRuleConfiguration({ 'object-delete': 'off' }))).to.deep.equal([]);
  });

  it('makes a finding of an upgraded rule an error', () => {
    const findings = findingsFor({ 'erp.yaml': aManifest({ app: { scopes: ['api'] } }) }, parseRuleConfiguration({ 'app-no-ip-ranges': 'error' }));

    expect(findings.map(({ severity }) => severity)).to.deep.equal(['error']);
  });

  it('refuses an unknown rule, naming sfdx-project.json and the likely rule', () => {
    const error = refusal({ 'object-delet': 'warning' });

    expect(error.name).to.equal('InvalidRuleConfigurationError');
    expect(error.message).to.contain('sfdx-project.json').and.contain('plugins.intuser.rules: unknown rule "object-delet". Did you mean "object-delete"?');
    expect(error.actions?.join('\n')).to.contain('critical-user-permission');
  });

  it('refuses a setting other than error, warning or off', () => {
    expect(refusal({ 'object-delete': 'info' }).message).to.contain('plugins.intuser.rules.object-delete is "info"; a rule is set to one of error, warning, off.');
  });

  it('lists every problem at once', () => {
    const { message } = refusal({ 'no-such-rule': 'off', 'object-delete': 'loud' });

    expect(message).to.contain('unknown rule "no-such-rule".').and.contain('object-delete is "loud"');
  });
});
