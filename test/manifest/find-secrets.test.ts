import { expect } from 'chai';
import { findSecrets } from '../../src/manifest/find-secrets.js';

const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1c2\n-----END RSA PRIVATE KEY-----';
const CONSUMER_KEY = '3MVG9A2kN3Bn17hsWsLDatw.kbvdVfH5SGWqAEcJDr1bdRf6zGDqMpvqRhUEcJmAYWx_Rt3B1cQ7dPfh7sL0q';
const CONSUMER_SECRET = 'E3C2D1F5A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2';

describe('findSecrets', () => {
  for (const key of ['consumerSecret', 'client_secret', 'password', 'privateKey', 'consumerKey']) {
    it(`refuses the key ${key} wherever it stands`, () => {
      const [diagnostic, ...rest] = findSecrets('integrations/erp.yaml', { app: { [key]: 'x' } });

      expect(rest).to.have.length(0);
      expect(diagnostic!.at).to.deep.equal({ path: ['app', key], key: true });
      expect(diagnostic!.message).to.match(/credential/);
    });
  }

  for (const [kind, value] of [
    ['private key', PRIVATE_KEY],
    ['consumer key', CONSUMER_KEY],
    ['consumer secret', CONSUMER_SECRET],
  ] as const) {
    it(`refuses a ${kind} in any value, and never repeats it`, () => {
      const [diagnostic] = findSecrets('integrations/erp.yaml', { description: `see ${value}` });

      expect(diagnostic!.message).to.contain(kind);
      expect(diagnostic!.at.path).to.deep.equal(['description']);
      expect(`${diagnostic!.message} ${diagnostic!.fix}`).not.to.contain(value.slice(0, 20));
    });
  }

  it('refuses a credential written as a key, such as a field "named" by a consumer secret', () => {
    const [diagnostic] = findSecrets('integrations/erp.yaml', { permissionSets: [{ objects: { Account: { fields: { [CONSUMER_SECRET]: 'read' } } } }] });

    expect(diagnostic!.message).to.contain('consumer secret');
    expect(diagnostic!.at.key).to.equal(true);
  });

  it('lets names that merely contain a secret-like word through: fields, objects, justifications', () => {
    const manifest = {
      permissionSets: [{ name: 'Vault', objects: { Client_Secret__c: { access: ['read'], fields: { Password_Hint__c: 'read' } } } }],
      justifications: { ViewClientSecret: 'Reads the app secret for rotation' },
    };

    expect(findSecrets('integrations/erp.yaml', manifest)).to.deep.equal([]);
  });

  it('finds nothing in an ordinary manifest', () => {
    expect(findSecrets('integrations/erp.yaml', { name: 'ERP', user: { username: 'a@b.example' }, refreshToken: 'zero' })).to.deep.equal([]);
  });
});
