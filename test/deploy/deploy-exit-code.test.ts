import { expect } from 'chai';
import { deployExitCode } from '../../src/deploy/deploy-exit-code.js';

describe('deployExitCode', () => {
  for (const [status, done, async, code] of [
    ['Succeeded', true, false, 0],
    ['Failed', true, false, 1],
    ['Canceled', true, false, 1],
    ['SucceededPartial', true, false, 68],
    ['InProgress', false, false, 69],
    ['Pending', false, false, 69],
    ['Pending', false, true, 0],
  ] as const) {
    it(`${status}${async ? ' (async)' : ''} exits ${code}`, () => {
      expect(deployExitCode(status, done, async)).to.equal(code);
    });
  }
});
