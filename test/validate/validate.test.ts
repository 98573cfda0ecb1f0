import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { Messages } from '@salesforce/core';
import { generate } from '../../src/generate/generate.js';
import { RULE_IDS } from '../../src/rules/rules.js';
import { validate } from '../../src/validate/validate.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { aProject, METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { rejectionOf } from '../support/rejection.js';

const POLICIES = `${METADATA_DIR}/extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`;

const resultSchema = JSON.parse(readFileSync(new URL('../../schemas/results/intuser-validate.json', import.meta.url), 'utf8')) as {
  definitions: { RuleId: { enum: string[] } };
};
const validateResult = new Ajv({ allErrors: true, strict: true }).compile(resultSchema);

const run = (project: TestProject, rules: Record<string, string> = {}) =>
  validate({ projectDir: project.dir, metadataDir: METADATA_DIR, settings: { ...DEFAULT_SETTINGS, rules } });


describe('validate', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await aProject({ 'erp.yaml': aManifest({ app: { scopes: ['api'], ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20' }] } }) });
  });

  afterEach(() => project.dispose());

  it('passes a least-privilege project, listing every integration it checked', async () => {
    const result = await run(project);

    expect(result).to.deep.include({
      projectDir: project.dir,
      passed: true,
      summary: { errors: 0, warnings: 0, accepted: 0 },
      integrations: [{ name: 'ERP_Order_Sync', manifest: 'integrations/erp.yaml' }],
      findings: [],
    });
    expect(result.rules.find(({ id }) => id === 'object-delete')).to.deep.equal({ id: 'object-delete', severity: 'error', defaultSeverity: 'error' });
  });

  it('fails on an error, and counts each severity', async () => {
    await project.writeManifest(
      'erp.yaml',
      aManifest({
        permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete', 'viewAll'] } }, userPermissions: ['ViewSetup'] })],
        justifications: { 'Order.viewAll': 'Reports on every order' },
      })
    );

    const result = await run(project);

    expect(result.passed).to.equal(false);
    expect(result.summary).to.deep.equal({ errors: 1, warnings: 1, accepted: 1 });
    expect(validateResult(result), JSON.stringify(validateResult.errors)).to.equal(true);
  });

  it('has a result schema that knows every rule, and help that names each one', () => {
    const help = Messages.loadMessages('plugin-intuser', 'intuser.validate').getMessage('description');

    expect(resultSchema.definitions.RuleId.enum).to.deep.equal(RULE_IDS);
    expect(RULE_IDS.filter((id) => !help.includes(id))).to.deep.equal([]);
  });

  it('reads the app files committed on disk and reports a relaxed one', async () => {
    await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });
    await project.write(POLICIES, (await project.read(POLICIES)).replace('<ipRelaxationPolicyType>Enforce<', '<ipRelaxationPolicyType>Bypass<'));

    const result = await run(project);

    expect(result.findings.map(({ rule, file }) => `${rule} ${file}`)).to.deep.equal([`app-ip-relaxation ${POLICIES}`]);
    expect(result.passed).to.equal(false);
  });

  it('applies the project\'s configuration', async () => {
    await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } } })] }));

    const result = await run(project, { 'object-delete': 'warning' });

    expect(result.passed).to.equal(true);
    expect(result.rules.find(({ id }) => id === 'object-delete')).to.deep.include({ severity: 'warning', defaultSeverity: 'error' });
  });

  it('refuses an invalid configuration', async () => {
    expect((await rejectionOf(run(project, { 'object-delet': 'off' }))).name).to.equal('InvalidRuleConfigurationError');
  });

  it('refuses invalid manifests the way generate does', async () => {
    await project.writeManifest('erp.yaml', 'name: ERP_Order_Sync\ncontakt: integrations@acme.example\n');

    const error = await rejectionOf(run(project));

    expect(error.name).to.equal('InvalidManifestError');
    expect(error.message).to.contain('integrations/erp.yaml:2:1 (contakt): Unknown key "contakt".');
  });

  it('passes the example project, accepting its three justified grants', async () => {
    const example = fileURLToPath(new URL('../../examples/acme', import.meta.url));

    const result = await validate({ projectDir: example, metadataDir: METADATA_DIR });

    expect(result.passed).to.equal(true);
    expect(result.findings.map(({ integration, rule, severity, grant }) => `${integration} ${rule} ${severity} ${grant ?? '-'}`)).to.deep.equal([
      'Boomi_Case_Sync app-refresh-token note app.refreshToken',
      'ERP_Order_Sync object-delete note Order.delete',
      'Warehouse_Loader object-view-all note Opportunity.viewAll',
    ]);
  });

  it('refuses a project without manifests', async () => {
    await project.removeManifest('erp.yaml');

    expect((await rejectionOf(run(project))).name).to.equal('NoManifestsError');
  });
});
