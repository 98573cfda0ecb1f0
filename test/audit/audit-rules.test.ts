import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Messages } from '@salesforce/core';
import { AUDIT_RULE_IDS, failsOn } from '../../src/audit/audit-rules.js';

const resultSchema = JSON.parse(readFileSync(new URL('../../schemas/results/intuser-audit.json', import.meta.url), 'utf8')) as { definitions: { AuditRuleId: { enum: string[] } } };
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

describe('audit: the rules, a public contract', () => {
  it('are all in the result schema and documented in the README, each with a title, a description, a message and a fix', () => {
    expect(resultSchema.definitions.AuditRuleId.enum).to.deep.equal(AUDIT_RULE_IDS);
    expect(AUDIT_RULE_IDS.filter((id) => !readme.includes(`\`${id}\``))).to.deep.equal([]);
    for (const id of AUDIT_RULE_IDS) for (const part of ['title', 'description', 'message', 'fix']) expect(messages.getMessage(`${id}.${part}`), `${id}.${part}`).to.not.equal('');
  });

  it('fail a run at or above --fail-on', () => {
    expect([failsOn('error', 'error'), failsOn('warning', 'error'), failsOn('error', 'warning'), failsOn('warning', 'warning')]).to.deep.equal([true, false, true, true]);
  });
});
