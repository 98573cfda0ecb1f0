import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'manifest');

/** Key names that only ever hold a credential (compared lower-case, without `_` and `-`). */
const SECRET_KEYS = ['secret', 'password', 'passwd', 'privatekey', 'consumerkey', 'clientid', 'accesstoken', 'sessionid'];

/** A PEM private key of any kind (RSA, EC, PKCS#8, encrypted): it belongs to the external system alone. */
export const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

/** Values that are credentials whatever key holds them. Named for the message; never echoed. */
const SECRET_VALUES: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: 'private key', pattern: PRIVATE_KEY },
  { kind: 'consumer key', pattern: /\b3MVG9[A-Za-z0-9_.]{20,}/ },
  { kind: 'consumer secret', pattern: /(?<![A-Za-z0-9])[0-9A-Fa-f]{64}(?![A-Za-z0-9])/ },
  { kind: 'access token', pattern: /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{20,}/ },
];

/** Maps whose keys are names the author chose (a field called Client_Secret__c is no secret). */
const NAMED_ENTRIES = new Set(['objects', 'fields', 'justifications', 'environments']);

/** All the value patterns at once: one scan of each of the estate's strings, the kind looked up on a hit. */
const ANY_SECRET_VALUE = new RegExp(SECRET_VALUES.map(({ pattern }) => pattern.source).join('|'));

const isSecretKey = (key: string): boolean => {
  const normalized = key.toLowerCase().replace(/[_-]/g, '');
  return SECRET_KEYS.some((word) => normalized.includes(word));
};

/**
 * Credentials have no place in a manifest, which is committed: each key or value that looks like one is an
 * error. The message names where it is and what it looks like, never the value itself.
 */
export const findSecrets = (file: string, data: unknown): Diagnostic[] => {
  const found: Diagnostic[] = [];
  const visit = (value: unknown, path: ManifestPath): void => {
    if (typeof value === 'string') {
      const match = ANY_SECRET_VALUE.test(value) ? SECRET_VALUES.find(({ pattern }) => pattern.test(value)) : undefined;
      if (match) {
        found.push({ file, at: { path }, message: messages.getMessage('error.secretValue', [match.kind]), fix: messages.getMessage('fix.secret') });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const keysAreNames = NAMED_ENTRIES.has(String(path.at(-1)));
    for (const [key, child] of Object.entries(value)) {
      // A credential can be written as a key (a field "named" by a secret) as well as a value.
      const valueLike = ANY_SECRET_VALUE.test(key) ? SECRET_VALUES.find(({ pattern }) => pattern.test(key)) : undefined;
      if (valueLike) {
        found.push({ file, at: { path: [...path, key], key: true }, message: messages.getMessage('error.secretValue', [valueLike.kind]), fix: messages.getMessage('fix.secret') });
      } else if (!keysAreNames && isSecretKey(key)) {
        found.push({ file, at: { path: [...path, key], key: true }, message: messages.getMessage('error.secretKey', [key]), fix: messages.getMessage('fix.secret') });
      } else {
        visit(child, [...path, key]);
      }
    }
  };
  visit(data, []);
  return found;
};
