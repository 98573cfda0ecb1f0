import { hidesNonCertificate, holdsPrivateKey } from '../manifest/find-secrets.js';

/** A certificate as an app carries it: where it came from, and its PEM text. */
export type Certificate = { path: string; pem: string };

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----/;

export type CertificateProblem = 'missing' | 'privateKey' | 'notACertificate';

/**
 * The PEM certificate of a file, normalized (LF line ends, 64-character lines) so that the generated XML
 * does not change with the editor that saved the file. A file holding a private key is refused whole:
 * private keys stay with the external system.
 */
export const readCertificate = (path: string, content: string | undefined): Certificate | CertificateProblem => {
  if (content === undefined) return 'missing';
  // A key's base64 in certificate armour is a key too: only what parses as X.509 is a certificate.
  if (holdsPrivateKey(content)) return 'privateKey';
  const body = CERTIFICATE_BLOCK.exec(content)?.[1]?.replace(/\s+/g, '');
  if (!body || hidesNonCertificate(content)) return 'notACertificate';
  const lines = body.match(/.{1,64}/g) ?? [];
  return { path, pem: ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----'].join('\n') };
};
