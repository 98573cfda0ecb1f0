import { expect } from 'chai';
import { withoutValues } from '../../src/import/without-values.js';

describe('withoutValues', () => {
  it('takes out list entries and keys, and what that leaves empty, and leaves the data it was given alone', () => {
    const data = { mute: { objects: { Order: { access: ['read', 'edit'], fields: { Status: 'edit' } } }, flows: ['A', 'B', 'C'] }, name: 'X' };

    const result = withoutValues(data, [['mute', 'flows', 0], ['mute', 'flows', 2], ['mute', 'objects', 'Order', 'fields', 'Status'], ['mute', 'objects', 'Order', 'access', 1], ['mute', 'objects', 'Order', 'access', 0]]);

    expect(result).to.deep.equal({ mute: { flows: ['B'] }, name: 'X' });
    expect(data.mute.flows).to.have.length(3);
  });
});
