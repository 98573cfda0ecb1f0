import { join } from 'node:path';
import { expect } from 'chai';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { InMemoryTree } from '../../src/deploy/in-memory-tree.js';
import { deployMetadata } from '../../src/org/metadata-deploy.js';
import { OrgError } from '../../src/org/org-error.js';
import { soapCall } from '../support/fault-proxy.js';
import { useProxiedOrg } from '../support/proxied-org.js';

const ROOT = '/project';
const permissionSet = (name: string) => ({
  integration: name,
  path: `force-app/main/default/permissionsets/${name}.permissionset-meta.xml`,
  source: `force-app/main/default/permissionsets/${name}.permissionset-meta.xml`,
  content: `<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>${name}</label>\n</PermissionSet>\n`,
});

const componentsOf = (...names: string[]): ComponentSet => {
  const files = names.map(permissionSet);
  const set = ComponentSet.fromSource({ fsPaths: files.map(({ path }) => join(ROOT, path)), tree: new InMemoryTree(ROOT, files) });
  set.sourceApiVersion = '66.0';
  return set;
};

describe('deployMetadata, followed within the run\'s deadline', () => {
  const emulated = useProxiedOrg();

  it('deploys and reports each component', async () => {
    await emulated.open();

    const outcome = await deployMetadata(emulated.session, componentsOf('A', 'B'), { checkOnly: false, rest: false, pollMs: 20 });

    expect(outcome.state).to.equal('done');
    if (outcome.state !== 'done') return;
    expect(outcome.status.status).to.equal('Succeeded');
    expect(outcome.files.map(({ fullName, state }) => `${fullName}:${state}`).sort()).to.deep.equal(['A:Created', 'B:Created']);
  });

  it('comes back running, with the id, when the org stops answering after it accepted the deploy', async () => {
    await emulated.open(1500);
    emulated.proxy.inject({ fault: 'hang', when: soapCall('checkDeployStatus') });
    const started = Date.now();

    const outcome = await deployMetadata(emulated.session, componentsOf('A'), { checkOnly: false, rest: false, pollMs: 20 });

    expect(outcome).to.deep.include({ state: 'running', id: emulated.org.deploys[0]!.id });
    expect(Date.now() - started).to.be.below(3000);
  });

  it('calls the fate unknown, with the id, when the session expires after the org accepted the deploy', async () => {
    await emulated.open();
    emulated.proxy.inject({ fault: 'expireSession', when: soapCall('checkDeployStatus') });

    const outcome = await deployMetadata(emulated.session, componentsOf('A'), { checkOnly: false, rest: false, pollMs: 20 });

    expect(outcome).to.include({ state: 'unknown', id: emulated.org.deploys[0]!.id });
    expect(outcome.state === 'unknown' && outcome.failure.kind).to.equal('expiredSession');
  });

  it('rides out a garbled status, then calls the fate unknown when garbling goes on', async () => {
    await emulated.open();
    emulated.proxy.inject({ fault: 'garble', when: soapCall('checkDeployStatus'), times: 2 });

    const recovered = await deployMetadata(emulated.session, componentsOf('A'), { checkOnly: false, rest: false, pollMs: 20 });
    emulated.proxy.inject({ fault: 'garble', when: soapCall('checkDeployStatus') });
    const lost = await deployMetadata(emulated.session, componentsOf('B'), { checkOnly: false, rest: false, pollMs: 20 });

    expect(recovered.state).to.equal('done');
    expect(lost).to.include({ state: 'unknown', id: emulated.org.deploys[1]!.id });
    expect(lost.state === 'unknown' && lost.failure.kind).to.equal('malformed');
  });

  it('rides out HTTP 500 answers to status checks', async () => {
    await emulated.open();
    emulated.proxy.inject({ fault: 'serverError', when: soapCall('checkDeployStatus'), times: 2 });

    const outcome = await deployMetadata(emulated.session, componentsOf('A'), { checkOnly: false, rest: false, pollMs: 20 });

    expect(outcome.state).to.equal('done');
  });

  it('throws an OrgError, not an internal one, when the deploy request itself is reset', async () => {
    await emulated.open();
    emulated.proxy.inject({ fault: 'reset', when: soapCall('deploy>') });

    let failure: unknown;
    try {
      await deployMetadata(emulated.session, componentsOf('A'), { checkOnly: false, rest: false, pollMs: 20 });
    } catch (error) {
      failure = error;
    }

    expect(failure).to.be.instanceOf(OrgError);
    expect((failure as OrgError).kind).to.equal('unreachable');
    expect(emulated.org.deploys).to.have.length(0);
  });

  it('bounds the deploy request by the wait when the org never answers it', async () => {
    await emulated.open(1000);
    emulated.proxy.inject({ fault: 'hang', when: soapCall('deploy>') });
    const started = Date.now();

    let failure: unknown;
    try {
      await deployMetadata(emulated.session, componentsOf('A'), { checkOnly: false, rest: false, pollMs: 20 });
    } catch (error) {
      failure = error;
    }

    expect((failure as OrgError).kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(2500);
  });
});
