import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { Risk } from './risk.js';

/** Enterprise, Performance and Unlimited editions include this many Salesforce Integration user licenses. */
const FREE_INTEGRATION_LICENSES = 5;

const inFileOrder = (integrations: readonly Integration[]): Integration[] => [...integrations].sort((a, b) => byCodePoint(a.file, b.file));

type UserEntry = { integration: Integration; username: string; path: ManifestPath };

/** The integration's users: its own, and each environment's that differs from it. */
const usersOf = (integration: Integration): UserEntry[] => [
  { integration, username: integration.user.username, path: ['user', 'username'] },
  ...integration.environments
    .filter(({ user }) => user.username.toLowerCase() !== integration.user.username.toLowerCase())
    .map(({ name, user }) => ({ integration, username: user.username, path: ['environments', name, 'user', 'username'] })),
];

/**
 * One user per integration: two integrations that share one cannot be revoked or audited apart. Usernames
 * are unique across all of Salesforce and compared without case, so a username in any environment counts.
 * The first manifest (in path order) keeps the user; each later one that reuses it is reported.
 */
export const sharedUsernameRisks = (integrations: readonly Integration[]): Risk[] => {
  const owners = new Map<string, Integration>();
  return inFileOrder(integrations)
    .flatMap(usersOf)
    .flatMap(({ integration, username, path }): Risk[] => {
      const key = username.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, integration);
      if (owner === undefined || owner === integration) return [];
      return [{ rule: 'shared-username', integration: integration.name, file: integration.file, at: { path }, tokens: [username, owner.name, owner.file] }];
    });
};

/** One integration user per integration in each org: past the free licenses, each one costs a license. */
export const userCountRisks = (integrations: readonly Integration[]): Risk[] => {
  const first = inFileOrder(integrations)[FREE_INTEGRATION_LICENSES];
  if (first === undefined) return [];
  return [
    {
      rule: 'integration-user-count',
      integration: first.name,
      file: first.file,
      at: { path: ['user'], key: true },
      tokens: [String(integrations.length), String(FREE_INTEGRATION_LICENSES)],
    },
  ];
};

const NO_REPLY = /^(?:no-?reply|do-?not-?reply)$/i;

/**
 * The schema requires a contact, so "without a contact" means one that reaches nobody: the integration
 * user's own mailbox, or a no-reply address.
 */
export const contactRisks = (integration: Integration): Risk[] => {
  const contact = integration.contact.toLowerCase();
  const ownAddress = usersOf(integration).some(({ username }) => username.toLowerCase() === contact);
  if (!ownAddress && !NO_REPLY.test(contact.split('@')[0]!)) return [];
  return [{ rule: 'missing-contact', integration: integration.name, file: integration.file, at: { path: ['contact'] }, tokens: [integration.contact] }];
};
