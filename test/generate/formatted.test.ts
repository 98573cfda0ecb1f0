import { expect } from 'chai';
import { format } from 'prettier';
import xmlPlugin from '@prettier/plugin-xml';
import { generate } from '../../src/generate/generate.js';
import { METADATA_DIR, theExampleProject, type TestProject } from '../builders/project-builder.js';

/**
 * The SFDX project template formats staged files on commit: .husky/pre-commit runs lint-staged, which runs
 * `prettier --write` on XML, JSON and Markdown with this configuration (.prettierrc of
 * forcedotcom/salesforcedx-templates; prettier-plugin-apex formats .cls and .trigger only, which generate
 * does not write). The real prettier and XML plugin, as devDependencies.
 */
const TEMPLATE_CONFIGURATION = { trailingComma: 'none' as const, plugins: [xmlPlugin] };
const FORMATTED = /\.(xml|json|md)$/;

/** What the commit hook does to every generated file it formats; returns how many it changed. */
const formatLikeTheCommitHook = async (project: TestProject): Promise<number> => {
  let changed = 0;
  for (const [path, content] of await project.snapshot()) {
    if (!FORMATTED.test(path) || path.startsWith('integrations/') || path === 'sfdx-project.json') continue;
    // eslint-disable-next-line no-await-in-loop -- one file after the other, as the hook does
    const formatted = await format(content, { ...TEMPLATE_CONFIGURATION, filepath: path });
    if (formatted !== content) changed += 1;
    // eslint-disable-next-line no-await-in-loop
    await project.write(path, formatted);
  }
  return changed;
};

const run = (project: TestProject, options: { check?: boolean; force?: boolean } = {}) =>
  generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: options.check ?? false, force: options.force ?? false });

const ORDERS = `${METADATA_DIR}/permissionsets/ERP_Order_Sync_Orders.permissionset-meta.xml`;

describe('generate after a formatter rewrote its files (prettier on commit)', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await theExampleProject();
  });

  afterEach(() => project.dispose());

  it('finds every formatted file up to date, and rewrites none of them', async () => {
    expect(await formatLikeTheCommitHook(project)).to.be.greaterThan(10);
    const formatted = await project.snapshot();

    const check = await run(project, { check: true });
    await run(project);

    expect(check.outOfDate).to.deep.equal([]);
    expect(await project.snapshot()).to.deep.equal(formatted);
  });

  it('still catches a value changed by hand in a formatted file', async () => {
    await formatLikeTheCommitHook(project);
    await project.write(ORDERS, (await project.read(ORDERS)).replace('<allowDelete>true</allowDelete>', '<allowDelete>false</allowDelete>'));

    const check = await run(project, { check: true });

    expect(check.outOfDate).to.deep.equal([{ path: ORDERS, integration: 'ERP_Order_Sync', reason: 'edited' }]);
  });

  it('replaces a formatted file when its manifest changes, without --force: formatting is not an edit', async () => {
    await formatLikeTheCommitHook(project);
    const manifest = await project.read('integrations/erp-order-sync.yaml');
    await project.write('integrations/erp-order-sync.yaml', manifest.replace('description: Create and update orders', 'description: Create, update and cancel orders'));

    const result = await run(project);

    expect(result.integrations.find(({ name }) => name === 'ERP_Order_Sync')!.written).to.include(ORDERS);
    expect(await project.read(ORDERS)).to.contain('Create, update and cancel orders');
    expect((await run(project, { check: true })).outOfDate).to.deep.equal([]);
  });
});
