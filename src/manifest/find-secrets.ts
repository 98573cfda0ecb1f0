import { X509Certificate } from 'node:crypto';
import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath, SourcePosition } from '../diagnostics/diagnostic.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'manifest');

/** Key names that only ever hold a credential (compared lower-case, without `_` and `-`). */
const SECRET_KEYS = ['secret', 'password', 'passwd', 'privatekey', 'consumerkey', 'clientid', 'accesstoken', 'sessionid'];

/**
 * The header of a private key in any armour: PEM (RSA, EC, DSA, PKCS#8, encrypted, OpenSSH), PGP's
 * `BEGIN PGP PRIVATE KEY BLOCK`, SSH2's `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`. It belongs to the
 * external system alone.
 */
export const PRIVATE_KEY = /BEGIN [A-Z0-9 ]*PRIVATE KEY/;

/** Long enough to be a key's DER in base64 (a 256-bit EC key is 160 characters), short enough to catch one cut short. */
const BASE64_RUN = /[A-Za-z0-9+/]{60,}/g;

/** OpenSSH's private key format, `openssh-key-v1\0`, in base64. */
const OPENSSH_KEY = 'b3BlbnNzaC1rZXktdjEA';

/** The encryption algorithms of an encrypted PKCS#8 key: PKCS#5 PBES2 (1.2.840.113549.1.5.13) and PKCS#12's PBE (1.2.840.113549.1.12.1). */
const PBES2 = Buffer.from('06092a864886f70d01050d', 'hex');
const PKCS12_PBE = Buffer.from('060a2a864886f70d010c01', 'hex');

/** Where the content of a DER SEQUENCE starts, after its tag and length. */
const contentStart = (der: Buffer, at: number): number | undefined => {
  if (der[at] !== 0x30) return undefined;
  const length = der[at + 1];
  if (length === undefined) return undefined;
  return length < 0x80 ? at + 2 : at + 2 + (length & 0x7f);
};

/**
 * Whether DER bytes start like a private key: a SEQUENCE whose first element is the version INTEGER 0,
 * 1 or 3 (PKCS#1 RSA, PKCS#8 and its v2 OneAsymmetricKey, SEC1 EC, DSA; PKCS#12 key stores), or an
 * encrypted PKCS#8 key (its algorithm first). Certificates and public keys start with a SEQUENCE instead.
 * RFC 8017 appendix A.1.2, RFC 5958 section 2, RFC 5915 section 3, RFC 7292 section 4.
 */
const startsLikePrivateKey = (der: Buffer): boolean => {
  const body = contentStart(der, 0);
  if (body === undefined) return false;
  if (der[body] === 0x02 && der[body + 1] === 0x01 && [0, 1, 3].includes(der[body + 2] ?? -1)) return true;
  const algorithm = contentStart(der, body);
  return algorithm !== undefined && (der.subarray(algorithm, algorithm + PBES2.length).equals(PBES2) || der.subarray(algorithm, algorithm + PKCS12_PBE.length).equals(PKCS12_PBE));
};

/** Base64 wrapped in lines, as one: line breaks and the indentation around them go, spaces between words stay. */
const unwrapped = (text: string): string => text.replace(/[ \t]*\r?\n[ \t]*/g, '');

/** A private key's body without its header: base64 (possibly wrapped in lines) whose bytes are a private key's. */
const hasKeyBody = (text: string): boolean => {
  const joined = unwrapped(text);
  if (joined.includes(OPENSSH_KEY)) return true;
  for (const [run] of joined.matchAll(BASE64_RUN)) {
    if (startsLikePrivateKey(Buffer.from(run.slice(0, 32), 'base64'))) return true;
  }
  return false;
};

/** Whether a text holds a private key: in any armour, or its body without one. */
export const holdsPrivateKey = (text: string): boolean => PRIVATE_KEY.test(text) || hasKeyBody(text);

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * Whether a certificate's armour holds something that is no certificate: a private key's base64 wrapped
 * in `BEGIN CERTIFICATE` reads as a certificate to a pattern, so each block must parse as X.509.
 */
export const hidesNonCertificate = (text: string): boolean =>
  [...text.matchAll(CERTIFICATE_BLOCK)].some(([block]) => {
    try {
      new X509Certificate(block);
      return false;
    } catch {
      return true;
    }
  });

/**
 * Values that are credentials whatever key holds them, named for the message; never echoed. Salesforce's
 * formats: a consumer key starts 3MVG9, a consumer secret is 64 hex digits, an access token is the org's
 * 15-character id, `!` (URL-encoded `%21` in a callback or a log) and the session part
 * (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm); a refresh token starts
 * 5Aep861 (unverified: Salesforce does not document the format; it is what its tokens in the wild and
 * TruffleHog's detector, pkg/detectors/salesforcerefreshtoken, show).
 */
const SECRET_VALUES: ReadonlyArray<{ kind: string; found: (text: string) => boolean }> = [
  { kind: 'private key', found: holdsPrivateKey },
  { kind: 'private key in a certificate’s armour', found: hidesNonCertificate },
  { kind: 'consumer key', found: (text) => /\b3MVG9[A-Za-z0-9_.]{20,}/.test(text) },
  { kind: 'consumer secret', found: (text) => /(?<![A-Za-z0-9])[0-9A-Fa-f]{64}(?![A-Za-z0-9])/.test(text) },
  { kind: 'access token', found: (text) => /\b00D[A-Za-z0-9]{12,15}(?:!|%21)[A-Za-z0-9_.%]{20,}/i.test(text) },
  { kind: 'refresh token', found: (text) => /\b5Aep861[A-Za-z0-9._=%]{40,}/i.test(text) },
];

/** What every secret has in common, to look closer only at the few strings that have it. */
const CANDIDATE = /BEGIN|3MVG9|[0-9A-Fa-f]{64}|00D[A-Za-z0-9]{12}|5Aep861|[A-Za-z0-9+/]{60}/i;

/** The shortest text any of the patterns matches (a private key's header): most keys and values are shorter. */
const SHORTEST_SECRET = 'BEGIN PRIVATE KEY'.length;

/** The kind of credential a text holds, if any. */
export const secretKindOf = (text: string): string | undefined => {
  if (text.length < SHORTEST_SECRET) return undefined;
  // A key's base64 may be wrapped in lines of any width: look at it whole.
  if (!CANDIDATE.test(text) && !(text.length >= 60 && text.includes('\n') && CANDIDATE.test(unwrapped(text)))) return undefined;
  return SECRET_VALUES.find(({ found }) => found(text))?.kind;
};

/** The text with every credential in it replaced: for anything that quotes a value or a key back to the user. */
export const maskSecrets = (text: string): string => (secretKindOf(text) === undefined ? text : '«secret removed»');

/** Maps whose keys are names the author chose (a field called Client_Secret__c is no secret). */
const NAMED_ENTRIES = new Set(['objects', 'fields', 'justifications', 'environments']);

const isSecretKey = (key: string): boolean => {
  const normalized = key.toLowerCase().replace(/[_-]/g, '');
  return SECRET_KEYS.some((word) => normalized.includes(word));
};

/** A key as a message may quote it: a plain name, or nothing of it (it may hold the secret it names, `password=...`). */
const shownKey = (key: string): string => (/^[A-Za-z][\w-]{0,39}$/.test(key) ? key : '«key»');

/** A path with every secret in it masked: paths are printed, and a key may be a secret. */
export const maskedPath = (path: ManifestPath): ManifestPath =>
  path.map((segment) => (typeof segment !== 'string' ? segment : isSecretKey(segment) ? shownKey(segment) : maskSecrets(segment)));

/**
 * Credentials have no place in a manifest, which is committed: each key or value that looks like one is an
 * error. Every key is checked against the credential patterns as well as every value, under the maps of
 * names too; the message names where it is (placed by `locate` before the path is masked) and what it
 * looks like, never the secret itself.
 */
export const findSecrets = (file: string, data: unknown, locate: (at: Diagnostic['at']) => SourcePosition | undefined): Diagnostic[] => {
  const found: Diagnostic[] = [];
  // One path, grown and shrunk as the walk goes: copied only for what is reported.
  const path: Array<string | number> = [];
  const report = (key: boolean, message: string): void => {
    const at = { path: [...path], ...(key ? { key } : {}) };
    const position = locate(at);
    found.push({ file, at: { ...at, path: maskedPath(at.path) }, ...(position ? { position } : {}), message, fix: messages.getMessage('fix.secret') });
  };
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const kind = secretKindOf(value);
      if (kind) report(false, messages.getMessage('error.secretValue', [kind]));
      return;
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const keysAreNames = NAMED_ENTRIES.has(String(path.at(-1)));
    for (const [key, child] of Object.entries(value)) {
      path.push(key);
      const kind = secretKindOf(key);
      if (kind) report(true, messages.getMessage('error.secretValue', [kind]));
      else if (!keysAreNames && isSecretKey(key)) report(true, messages.getMessage('error.secretKey', [shownKey(key)]));
      else visit(child);
      path.pop();
    }
  };
  visit(data);
  return found;
};
