import { generateKeyPairSync } from 'node:crypto';

/**
 * Credentials in the forms a leaked one takes, made fresh for each test run (no real secret is ever
 * committed, and none is reused): what the secret check must refuse wherever it stands in a manifest.
 */
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const { privateKey: ecKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

const der = privateKey.export({ format: 'der', type: 'pkcs8' });
const base64 = der.toString('base64');
const wrapped = (text: string, width: number): string => (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n');

export const PKCS8_PEM = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
export const PKCS1_PEM = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
export const PGP_PRIVATE_KEY = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGXx1c0BCADKp8m2rZfKxAq0lq4sP3mVY9Wq0nqgVx4f7mZr8r0oB3c7Q2k1\n=Ab1C\n-----END PGP PRIVATE KEY BLOCK-----`;
/** A private key's base64 in the armour of a certificate: a pattern takes it for one, an X.509 parser does not. */
export const KEY_AS_CERTIFICATE = `-----BEGIN CERTIFICATE-----\n${wrapped(base64, 64)}\n-----END CERTIFICATE-----`;
/** The body of a key without its header, as pasted from the middle of a file, wrapped as PEM wraps it and otherwise. */
export const KEY_BODY = wrapped(base64, 64);
export const KEY_BODY_NARROW = wrapped(base64, 40);
export const EC_KEY_BODY = ecKey.export({ format: 'der', type: 'sec1' }).toString('base64');
export const CONSUMER_KEY = '3MVG9A2kN3Bn17hsWsLDatw.kbvdVfH5SGWqAEcJDr1bdRf6zGDqMpvqRhUEcJmAYWx_Rt3B1cQ7dPfh7sL0q';
export const CONSUMER_SECRET = 'E3C2D1F5A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2';
export const ACCESS_TOKEN = '00D5g000004XyZq!AQ0AQGx1GCLf1UIt4UU9y0VOPLUZAYN6I8DsdGEDyHh5cO02egObcAhIDHYiGCfi94c53oFbr4HB.xZfuYRGhvNuxobAAXRe';
export const ACCESS_TOKEN_URL_ENCODED = ACCESS_TOKEN.replace('!', '%21');
export const REFRESH_TOKEN = '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJrfn2gDWTBSI9ik7_d7oCVFgfv2HBHu2DNBkIXtlgcbvcHyO7J';

/** Every form, named: for tests that go through all of them. */
export const SECRETS: ReadonlyArray<readonly [kind: string, value: string]> = [
  ['private key', PKCS8_PEM],
  ['private key', PKCS1_PEM],
  ['private key', PGP_PRIVATE_KEY],
  ['private key', KEY_AS_CERTIFICATE],
  ['private key', KEY_BODY],
  ['private key', KEY_BODY_NARROW],
  ['private key', EC_KEY_BODY],
  ['consumer key', CONSUMER_KEY],
  ['consumer secret', CONSUMER_SECRET],
  ['access token', ACCESS_TOKEN],
  ['access token', ACCESS_TOKEN_URL_ENCODED],
  ['refresh token', REFRESH_TOKEN],
];
