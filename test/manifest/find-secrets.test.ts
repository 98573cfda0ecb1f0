import { expect } from 'chai';
import { formatPath } from '../../src/diagnostics/diagnostic.js';
import { maskSecrets, secretKindOf } from '../../src/manifest/find-secrets.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import { A_CERTIFICATE } from '../builders/certificate-builder.js';
import { aManifest, aPermissionSet, toYaml } from '../builders/manifest-builder.js';
import { CONSUMER_SECRET, KEY_BODY, SECRETS } from '../builders/secret-builder.js';

const FILE = 'integrations/erp.yaml';

/** The diagnostics of one manifest, through the same stages generate and validate run. */
const problemsOf = (manifest: unknown) => validateManifests([{ file: FILE, text: toYaml(manifest) }]).diagnostics;

/** Everything a diagnostic shows a user: message, fix and where it stands. */
const shown = (diagnostic: { message: string; fix: string; at: { path: ReadonlyArray<string | number> } }): string =>
  `${diagnostic.message} ${diagnostic.fix} ${formatPath(diagnostic.at.path)}`;

describe('findSecrets', () => {
  for (const key of ['consumerSecret', 'client_secret', 'password', 'privateKey', 'consumerKey']) {
    it(`refuses the key ${key} wherever it stands, at its line`, () => {
      const [diagnostic, ...rest] = problemsOf(aManifest({ app: { [key]: 'x' } }));

      expect(rest).to.have.length(0);
      expect(diagnostic!.at).to.deep.equal({ path: ['app', key], key: true });
      expect(diagnostic!.position?.line).to.be.a('number');
      expect(diagnostic!.message).to.match(/credential/);
    });
  }

  for (const [kind, value] of SECRETS) {
    it(`refuses a ${kind} in any value, and never repeats it (${value.slice(0, 12)}…)`, () => {
      const [diagnostic] = problemsOf(aManifest({ description: `see ${value}` }));

      expect(diagnostic!.message).to.contain(kind);
      expect(diagnostic!.at.path).to.deep.equal(['description']);
      expect(shown(diagnostic!)).not.to.contain(value.slice(0, 20));
    });

    it(`refuses a ${kind} used as a name, under objects, fields, justifications and environments, masking it in the path (${value.slice(0, 12)}…)`, () => {
      const key = value;
      for (const manifest of [
        aManifest({ permissionSets: [aPermissionSet({ objects: { [key]: { access: ['read'] } } })] }),
        aManifest({ permissionSets: [aPermissionSet({ objects: { Account: { access: ['read'], fields: { [key]: 'read' } } } })] }),
        aManifest({ justifications: { [key]: 'why' } }),
        aManifest({ environments: { [key]: {} } }),
      ]) {
        const [diagnostic, ...rest] = problemsOf(manifest);

        expect(rest).to.have.length(0);
        expect(diagnostic!.message).to.contain(kind);
        expect(diagnostic!.at.key).to.equal(true);
        expect(diagnostic!.position?.line).to.be.a('number');
        expect(shown(diagnostic!)).not.to.contain(key.slice(0, 20));
      }
    });
  }

  it('never quotes a key that holds what it names', () => {
    const [diagnostic] = problemsOf(aManifest({ user: { username: 'a@b.example', 'password=hunter2-hunter2': 'x' } as never }));

    expect(shown(diagnostic!)).not.to.contain('hunter2');
  });

  it('lets a real certificate through: only armour that does not parse as X.509 is refused', () => {
    const notACertificate = A_CERTIFICATE.replace(/(-----BEGIN CERTIFICATE-----\n)\S{8}/, '$1AAAAAAAA');

    expect(secretKindOf(A_CERTIFICATE)).to.equal(undefined);
    expect(secretKindOf(notACertificate)).to.equal('private key in a certificate’s armour');
  });

  it('lets names that merely contain a secret-like word through: fields, objects, justifications', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet({ name: 'Vault', objects: { Client_Secret__c: { access: ['read'], fields: { Password_Hint__c: 'read' } } } })],
      justifications: { ViewClientSecret: 'Reads the app secret for rotation' },
    });

    expect(problemsOf(manifest)).to.deep.equal([]);
  });

  it('finds nothing in an ordinary manifest, long names and text included', () => {
    const manifest = aManifest({
      description: 'Orders from NetSuite through MuleSoft, every fifteen minutes, with retries and a dead-letter queue for the rest',
      app: { refreshToken: 'zero' },
      permissionSets: [aPermissionSet({ objects: { Very_Long_Custom_Object_Name_With_Many_Words_In_It__c: { access: ['read'] } } })],
    });

    expect(problemsOf(manifest)).to.deep.equal([]);
  });

  it('masks a credential in any text it is given to quote, and leaves other text as it is', () => {
    expect(maskSecrets(`value ${CONSUMER_SECRET}`)).not.to.contain(CONSUMER_SECRET);
    expect(maskSecrets(KEY_BODY)).not.to.contain(KEY_BODY.slice(0, 20));
    expect(maskSecrets('Status')).to.equal('Status');
  });
});
