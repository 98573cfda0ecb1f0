import { expect } from 'chai';
import { parseRuleConfiguration } from '../../src/rules/rule-configuration.js';
import { humanReport } from '../../src/validate/human-report.js';
import { validateEstate } from '../../src/rules/validate-estate.js';
import { validationResult } from '../../src/validate/validate.js';
import { anEstate } from '../builders/estate-builder.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const reportFor = (manifests: Parameters<typeof anEstate>[0]): string[] => {
  const configuration = parseRuleConfiguration();
  const estate = anEstate(manifests);
  return humanReport(validationResult('/project', estate.integrations, configuration, validateEstate(estate, configuration)));
};

describe('humanReport', () => {
  it('groups findings by integration: place, what it grants, risk and fix; an accepted one with its reason', () => {
    const lines = reportFor({
      'erp.yaml': aManifest({
        permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete', 'viewAll'] } } })],
        justifications: { 'Order.viewAll': 'Reports on every order' },
      }),
    });

    expect(lines[0]).to.equal('ERP_Order_Sync (integrations/erp.yaml)');
    const error = lines.findIndex((line) => line.startsWith('  ERROR object-delete  integrations/erp.yaml:'));
    expect(lines[error + 1]).to.equal('    Permission set ERP_Order_Sync_Orders grants delete on Order.');
    expect(lines[error + 2]).to.match(/^ {4}Risk: /);
    expect(lines[error + 3]).to.match(/^ {4}Fix: .*justifications: \{ Order\.delete: <why it is needed> \}/);
    const accepted = lines.findIndex((line) => line.startsWith('  ACCEPTED object-view-all  '));
    expect(lines[accepted + 2]).to.equal('    Reason: Reports on every order');
  });

  it('says of an integration with nothing to report that it was checked', () => {
    expect(reportFor({ 'erp.yaml': aManifest() })).to.deep.equal(['ERP_Order_Sync (integrations/erp.yaml): nothing to report.', '']);
  });
});
