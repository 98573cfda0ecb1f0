import { createHash } from 'node:crypto';
import { parseMetadata, textOf, childOf } from './metadata-tree.js';

/** Text that looks random but is the same for the same seed, so that a test run is repeatable. */
const pseudoRandom = (seed: string, length: number, alphabet: string): string => {
  let text = '';
  for (let round = 0; text.length < length; round++) {
    for (const byte of createHash('sha256').update(`${seed}:${round}`).digest()) text += alphabet.charAt(byte % alphabet.length);
  }
  return text.slice(0, length);
};

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A consumer key in the shape Salesforce issues them (3MVG9 then 80 characters; the exact length is
 * unverified) and a consumer secret of 64 hexadecimal characters (unverified).
 */
const consumerKey = (seed: string): string => `3MVG9${pseudoRandom(`key:${seed}`, 80, `${BASE62}._`)}`;
const consumerSecret = (seed: string): string => pseudoRandom(`secret:${seed}`, 64, '0123456789ABCDEF');

/**
 * What the org makes when it creates a component with OAuth: a connected app's and an External Client App's
 * consumer key and secret (kept when the deployed file brings its own), and the OAuth settings' link,
 * "an auto-generated value that combines the org ID and the OAuth Consumer ID"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthsettings.htm;
 * its form orgId:consumerId is unverified).
 */
export const generatedValues = (type: string, fullName: string, content: string, orgId: string, consumerId: string): Record<string, string> => {
  const seed = `${orgId}:${type}:${fullName}`;
  if (type === 'ExtlClntAppGlobalOauthSettings') {
    const { node } = parseMetadata(content);
    return { consumerKey: textOf(node, 'consumerKey') || consumerKey(seed), consumerSecret: textOf(node, 'consumerSecret') || consumerSecret(seed) };
  }
  if (type === 'ConnectedApp') {
    const oauth = childOf(parseMetadata(content).node, 'oauthConfig');
    return oauth ? { consumerKey: textOf(oauth, 'consumerKey') || consumerKey(seed), consumerSecret: textOf(oauth, 'consumerSecret') || consumerSecret(seed) } : {};
  }
  if (type === 'ExtlClntAppOauthSettings') return { oauthLink: `${orgId}:${consumerId}` };
  return {};
};
