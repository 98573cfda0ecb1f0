import { expect } from 'chai';
import { metadataScopes } from '../../src/model/oauth-scopes.js';
import { parseRefreshToken } from '../../src/model/refresh-token.js';

describe('metadataScopes', () => {
  it('maps OAuth scope names to metadata names, in WSDL order', () => {
    expect(metadataScopes(['refresh_token', 'api', 'full'])).to.deep.equal(['Api', 'Full', 'RefreshToken']);
  });

  it('writes scopes the org normalizes as the org returns them, once', () => {
    expect(metadataScopes(['offline_access', 'refresh_token', 'email', 'profile', 'id'])).to.deep.equal(['Basic', 'RefreshToken']);
  });
});

describe('parseRefreshToken', () => {
  for (const [text, policy] of [
    [undefined, { kind: 'zero' }],
    ['zero', { kind: 'zero' }],
    ['infinite', { kind: 'infinite' }],
    ['8h', { kind: 'lifetime', amount: 8, unit: 'hours' }],
    ['7d', { kind: 'lifetime', amount: 7, unit: 'days' }],
    ['3mo', { kind: 'lifetime', amount: 3, unit: 'months' }],
  ] as const) {
    it(`reads ${String(text)}`, () => {
      expect(parseRefreshToken(text)).to.deep.equal(policy);
    });
  }
});
