import { readFileSync } from 'node:fs';

/** A real public certificate (the example project's), for tests that need PEM text a parser accepts. */
export const A_CERTIFICATE = readFileSync(new URL('../../examples/acme/certs/warehouse-loader.crt', import.meta.url), 'utf8');

export const A_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n';
