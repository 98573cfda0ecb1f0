import { expect } from 'chai';
import { changeLine } from '../../src/deploy/render-deploy.js';

describe('a deploy plan line', () => {
  it('says a removal is kept until --prune, and a change kept for a reason of its own gives that reason instead', () => {
    const untilPrune = changeLine({ sign: '-', target: 'PermissionSet', name: 'Data_Backup_Account_Export', outcome: 'kept' });
    const adopted = changeLine({ sign: '-', target: 'ConnectedApp', name: 'Data_Backup', outcome: 'kept', problem: 'held by the org before plugin-intuser deployed it' });

    expect(untilPrune).to.equal('  - PermissionSet Data_Backup_Account_Export [kept: removed only with --prune]');
    expect(adopted).to.equal('  - ConnectedApp Data_Backup [kept: held by the org before plugin-intuser deployed it]');
  });

  it('shows a field change with its values and a planned change without a note', () => {
    expect(changeLine({ sign: '~', target: 'user.Email', name: 'svc.erp@acme.example', from: 'a@acme.example', to: 'b@acme.example', outcome: 'planned' })).to.equal(
      '  ~ user.Email svc.erp@acme.example: a@acme.example -> b@acme.example'
    );
  });
});
