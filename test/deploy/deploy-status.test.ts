import { expect } from 'chai';
import type { IntegrationOutcome, MetadataDeploy } from '../../src/deploy/deploy-result.js';
import { anythingChanged, deployExitCode, runStatus } from '../../src/deploy/deploy-status.js';

const deployed = (overrides: Partial<MetadataDeploy> = {}): MetadataDeploy => ({
  phase: 'access',
  id: '0Af000000000001',
  status: 'Succeeded',
  done: true,
  success: true,
  checkOnly: false,
  numberComponentsTotal: 1,
  numberComponentsDeployed: 1,
  numberComponentErrors: 0,
  components: [{ type: 'PermissionSet', fullName: 'A', state: 'Unchanged', file: 'a' }],
  ...overrides,
});

const user = (...outcomes: Array<IntegrationOutcome['changes'][number]['outcome']>): IntegrationOutcome => ({
  name: 'ERP',
  username: 'svc@acme.example',
  changes: outcomes.map((outcome) => ({ sign: '+', target: 'group', name: 'ERP', outcome })),
});

describe('the run\'s status and exit code', () => {
  it('is Succeeded and 0 when everything finished, whether or not it changed something', () => {
    expect(deployExitCode({ status: runStatus(false, [deployed()], [user()], false) })).to.equal(0);
    expect(anythingChanged([deployed()], [user()])).to.equal(false);
    expect(anythingChanged([deployed({ components: [{ type: 'PermissionSet', fullName: 'A', state: 'Changed', file: 'a' }] })], [])).to.equal(true);
  });

  it('is Failed and 1 when a failure came before any change', () => {
    const metadata = [deployed({ success: false, status: 'Failed' })];
    expect(runStatus(false, metadata, [user('planned')], anythingChanged(metadata, []))).to.equal('Failed');
    expect(deployExitCode({ status: 'Failed' })).to.equal(1);
  });

  it('is PartlySucceeded and 68 when a failure came after a change', () => {
    const users = [user('done', 'failed')];
    expect(runStatus(false, [deployed()], users, anythingChanged([deployed()], users))).to.equal('PartlySucceeded');
    expect(deployExitCode({ status: 'PartlySucceeded' })).to.equal(68);
  });

  it('is InProgress and 69 when a deploy or a group is not finished, 0 for --async', () => {
    expect(runStatus(false, [deployed({ done: false, status: 'Unknown', success: false })], [], false)).to.equal('InProgress');
    expect(runStatus(false, [deployed()], [user('done', 'waiting')], true)).to.equal('InProgress');
    expect(deployExitCode({ status: 'InProgress' })).to.equal(69);
    expect(deployExitCode({ status: 'InProgress' }, true)).to.equal(0);
  });

  it('is Planned and 0 for a dry run the org accepted', () => {
    expect(runStatus(true, [deployed({ checkOnly: true })], [user('planned')], false)).to.equal('Planned');
  });
});
