import { expect } from 'chai';
import { withDependentRights, withRequiredRights } from '../../src/model/object-rights.js';

describe('object rights', () => {
  describe('withRequiredRights: what granting a right takes', () => {
    const cases = [
      [['read'], ['read']],
      [['create'], ['read', 'create']],
      [['edit'], ['read', 'edit']],
      [['delete'], ['read', 'edit', 'delete']],
      [['viewAll'], ['read', 'viewAll']],
      [['modifyAll'], ['read', 'edit', 'delete', 'viewAll', 'modifyAll']],
      [['viewAllFields'], ['read', 'viewAllFields']],
      [['create', 'edit', 'read'], ['read', 'create', 'edit']],
    ] as const;
    for (const [asked, granted] of cases) {
      it(`${asked.join(' + ')} grants ${granted.join(', ')}`, () => {
        expect(withRequiredRights(asked)).to.deep.equal(granted);
      });
    }
  });

  describe('withDependentRights: what muting a right takes', () => {
    const cases = [
      [['read'], ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll', 'viewAllFields']],
      [['edit'], ['edit', 'delete', 'modifyAll']],
      [['delete'], ['delete', 'modifyAll']],
      [['viewAll'], ['viewAll', 'modifyAll']],
      [['create'], ['create']],
      [['modifyAll'], ['modifyAll']],
    ] as const;
    for (const [muted, result] of cases) {
      it(`muting ${muted.join(' + ')} mutes ${result.join(', ')}`, () => {
        expect(withDependentRights(muted)).to.deep.equal(result);
      });
    }
  });
});
