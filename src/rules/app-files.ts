import { Messages } from '@salesforce/core';
import { XMLParser } from 'fast-xml-parser';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { APP_GRANTS } from './apps.js';
import type { Risk } from './risk.js';
import type { RuleId } from './rules.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

type Check = {
  rule: RuleId;
  grant: string;
  /** The element under the root, dotted (`oauthPolicy.ipRelaxation`). */
  element: string;
  /** Whether the element's text (undefined when absent, a list joined with ", ") relaxes the app. */
  relaxes: (value: string | undefined) => boolean;
  /** The text the relaxing element holds, to point at the right one where several share a tag. */
  needle?: string;
};

const hasScope =
  (...names: string[]) =>
  (value: string | undefined): boolean =>
    (value ?? '').split(',').some((scope) => names.includes(scope.trim()));

const otherThan =
  (safe: string) =>
  (value: string | undefined): boolean =>
    value !== undefined && value !== safe;

/**
 * The settings that decide who may use an app and how far its tokens reach, in each kind of file generate
 * writes for one. Generate writes them safe (admin-approved users, IP restrictions enforced), so a relaxed
 * value in a committed file was put there by hand or by a retrieve: the manifest never shows it.
 */
const APP_FILES: ReadonlyArray<{ suffix: string; root: string; checks: readonly Check[] }> = [
  {
    suffix: '.ecaOauthPlcy-meta.xml',
    root: 'ExtlClntAppOauthConfigurablePolicies',
    checks: [
      { rule: 'app-self-authorized', grant: APP_GRANTS.permittedUsers, element: 'permittedUsersPolicyType', relaxes: otherThan('AdminApprovedPreAuthorized') },
      { rule: 'app-ip-relaxation', grant: APP_GRANTS.ipRelaxation, element: 'ipRelaxationPolicyType', relaxes: otherThan('Enforce') },
      { rule: 'app-infinite-refresh-token', grant: APP_GRANTS.refreshToken, element: 'refreshTokenPolicyType', relaxes: (value) => value === 'Infinite' },
    ],
  },
  {
    suffix: '.ecaOauth-meta.xml',
    root: 'ExtlClntAppOauthSettings',
    checks: [
      { rule: 'app-full-scope', grant: APP_GRANTS.fullScope, element: 'commaSeparatedOauthScopes', relaxes: hasScope('Full') },
      { rule: 'app-refresh-token', grant: APP_GRANTS.refreshToken, element: 'commaSeparatedOauthScopes', relaxes: hasScope('RefreshToken', 'OfflineAccess') },
    ],
  },
  {
    suffix: '.connectedApp-meta.xml',
    root: 'ConnectedApp',
    checks: [
      // A connected app whose users are not admin-approved lets every user authorize it: absent means false.
      { rule: 'app-self-authorized', grant: APP_GRANTS.permittedUsers, element: 'oauthConfig.isAdminApproved', relaxes: (value) => value !== 'true' },
      { rule: 'app-ip-relaxation', grant: APP_GRANTS.ipRelaxation, element: 'oauthPolicy.ipRelaxation', relaxes: otherThan('ENFORCE') },
      { rule: 'app-infinite-refresh-token', grant: APP_GRANTS.refreshToken, element: 'oauthPolicy.refreshTokenPolicy', relaxes: (value) => value === 'infinite' },
      { rule: 'app-full-scope', grant: APP_GRANTS.fullScope, element: 'oauthConfig.scopes', relaxes: hasScope('Full'), needle: 'Full' },
      { rule: 'app-refresh-token', grant: APP_GRANTS.refreshToken, element: 'oauthConfig.scopes', relaxes: hasScope('RefreshToken', 'OfflineAccess'), needle: 'RefreshToken' },
    ],
  },
];

/**
 * The rule that rates an app setting's value as relaxed, for a value found outside the committed files (the
 * audit's drift: what the org holds). `root` is the file's root element (its metadata type), `element` the
 * dotted element; a list's entries can be given one at a time. Undefined when the value relaxes nothing.
 */
export const relaxedAppSettingRule = (root: string, element: string, value: string | undefined): RuleId | undefined =>
  APP_FILES.find((kind) => kind.root === root)?.checks.find((check) => check.element === element && check.relaxes(value))?.rule;

// Text as text ("true", "8"): the checks compare what the file says, not what a parser makes of it.
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });

const valueAt = (root: unknown, element: string): string | undefined => {
  const value = element.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.map(String).join(', ') : (typeof value === 'string' ? value : JSON.stringify(value));
};

/** The line of the element (the one holding `needle` where given), else of its parent, else the top of the file. */
const positionOf = (text: string, check: Check): SourcePosition => {
  const tags = check.element.split('.');
  const lines = text.split('\n');
  const candidates = [
    ...(check.needle ? [`<${tags.at(-1)!}>${check.needle}<`] : []),
    ...tags.map((_, index) => `<${tags[tags.length - 1 - index]!}>`),
  ];
  for (const candidate of candidates) {
    const line = lines.findIndex((content) => content.includes(candidate));
    if (line >= 0) return { line: line + 1, column: lines[line]!.indexOf('<') + 1 };
  }
  return { line: 1, column: 1 };
};

const parse = (text: string, root: string): unknown => {
  try {
    return (parser.parse(text) as Record<string, unknown>)[root];
  } catch {
    // A file that is not XML any more fails its deploy and `generate --check`: there is no policy to judge.
    return undefined;
  }
};

/** Whether the rules read a generated file as committed: the others need not be kept to judge the estate. */
export const isJudgedAppFile = (path: string): boolean => APP_FILES.some(({ suffix }) => path.endsWith(suffix));

/**
 * What the committed app files relax beyond what their manifests generate. `committed` holds the files as
 * they are on disk (undefined when missing); each is compared with what generate would write there.
 */
export const appFileRisks = (files: readonly GeneratedFile[], committed: ReadonlyMap<string, string | undefined>): Risk[] =>
  files.flatMap((file) => {
    const kind = APP_FILES.find(({ suffix }) => file.path.endsWith(suffix));
    const text = committed.get(file.path);
    if (!kind || text === undefined) return [];
    const [onDisk, planned] = [parse(text, kind.root), parse(file.content, kind.root)];
    if (onDisk === undefined) return [];
    return kind.checks.flatMap((check): Risk[] => {
      const [actual, expected] = [valueAt(onDisk, check.element), valueAt(planned, check.element)];
      if (!check.relaxes(actual) || check.relaxes(expected)) return [];
      const shown = (value: string | undefined): string => value ?? messages.getMessage('generatedFile.absent');
      return [
        {
          rule: check.rule,
          integration: file.integration,
          file: file.path,
          at: { element: check.element, position: positionOf(text, check) },
          grant: check.grant,
          tokens: [check.element, shown(actual), shown(expected)],
        },
      ];
    });
  });

