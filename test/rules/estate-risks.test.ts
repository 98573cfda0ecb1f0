import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { aManifest } from '../builders/manifest-builder.js';
import { findingsFor } from '../builders/estate-builder.js';

/** `count` distinct integrations, each with its own user. */
const integrations = (count: number): Record<string, Manifest> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`system-${index + 1}.yaml`, aManifest({ name: `System_${index + 1}`, user: { username: `svc.system-${index + 1}@acme.example` } })])
  );

describe('estate rules', () => {
  describe('shared-username', () => {
    it('reports the second integration that uses a user as an error, naming the first', () => {
      const findings = findingsFor({
        'a-erp.yaml': aManifest({ name: 'ERP', user: { username: 'svc.shared@acme.example' } }),
        'b-crm.yaml': aManifest({ name: 'CRM', user: { username: 'SVC.Shared@acme.example' } }),
      });

      expect(findings).to.have.length(1);
      expect(findings[0]).to.include({ rule: 'shared-username', severity: 'error', integration: 'CRM', file: 'integrations/b-crm.yaml', path: 'user.username', grant: null });
      expect(findings[0]!.message).to.equal('The username SVC.Shared@acme.example is already the user of ERP (integrations/a-erp.yaml).');
    });

    it('compares the users of every environment', () => {
      const findings = findingsFor({
        'a-erp.yaml': aManifest({ name: 'ERP', environments: { uat: { user: { username: 'svc.uat@acme.example' } } } }),
        'b-crm.yaml': aManifest({ name: 'CRM', user: { username: 'svc.crm@acme.example' }, environments: { uat: { user: { username: 'svc.uat@acme.example' } } } }),
      });

      expect(findings.map(({ integration, path }) => `${integration} ${path}`)).to.deep.equal(['CRM environments.uat.user.username']);
    });

    it('reports nothing when each integration has its own users, or an environment keeps its integration\'s', () => {
      expect(findingsFor({ ...integrations(2), 'erp.yaml': aManifest({ environments: { prod: {} } }) })).to.deep.equal([]);
    });
  });

  describe('integration-user-count', () => {
    it('warns past the 5 free Salesforce Integration licenses, once, with the count', () => {
      const findings = findingsFor(integrations(6));

      expect(findings).to.have.length(1);
      expect(findings[0]).to.include({ rule: 'integration-user-count', severity: 'warning', integration: 'System_6', path: 'user' });
      expect(findings[0]!.message).to.contain('defines 6 integration users').and.contain('include 5 Salesforce Integration user licenses');
    });

    it('reports nothing for 5 integrations', () => {
      expect(findingsFor(integrations(5))).to.deep.equal([]);
    });
  });

  describe('missing-contact', () => {
    it('warns when the contact is the integration user\'s own address', () => {
      const [finding] = findingsFor({ 'erp.yaml': aManifest({ contact: 'svc.erp-sync@acme.example' }) });

      expect(finding).to.include({ rule: 'missing-contact', severity: 'warning', path: 'contact' });
    });

    it('warns when the contact is a no-reply address', () => {
      expect(findingsFor({ 'erp.yaml': aManifest({ contact: 'no-reply@acme.example' }) }).map(({ rule }) => rule)).to.deep.equal(['missing-contact']);
      expect(findingsFor({ 'erp.yaml': aManifest({ contact: 'DoNotReply@acme.example' }) }).map(({ rule }) => rule)).to.deep.equal(['missing-contact']);
    });

    it('reports nothing for a team\'s address', () => {
      expect(findingsFor({ 'erp.yaml': aManifest({ contact: 'integrations@acme.example' }) })).to.deep.equal([]);
    });
  });
});
