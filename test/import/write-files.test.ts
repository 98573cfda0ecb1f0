import { expect } from 'chai';
import { existingFiles, writeFilesAtomically } from '../../src/import/write-files.js';
import { aProject, type TestProject } from '../builders/project-builder.js';

describe('writeFilesAtomically', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await aProject();
  });

  afterEach(() => project.dispose());

  it('writes every file, folders included, and finds those that exist', async () => {
    await writeFilesAtomically(project.dir, [
      { path: 'integrations/erp.yaml', content: 'name: ERP\n' },
      { path: 'certs/erp.crt', content: 'certificate\n' },
    ]);

    expect(await project.read('integrations/erp.yaml')).to.equal('name: ERP\n');
    expect(await existingFiles(project.dir, [{ path: 'certs/erp.crt', content: '' }, { path: 'certs/other.crt', content: '' }])).to.deep.equal(['certs/erp.crt']);
  });

  it('leaves every file as it was when one of them cannot be put in place, its temporary files gone', async () => {
    await project.write('integrations/erp.yaml', 'hand-written\n');
    // A folder where the certificate goes: the first file is in place when the second one's move fails.
    await project.write('certs/erp.crt/keep', 'x');
    const before = await project.snapshot();

    const failure = await writeFilesAtomically(project.dir, [
      { path: 'integrations/erp.yaml', content: 'imported\n' },
      { path: 'certs/erp.crt', content: 'certificate\n' },
    ]).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code
    );

    expect(failure).to.be.oneOf(['EISDIR', 'ENOTEMPTY', 'EEXIST']);
    expect(await project.snapshot()).to.deep.equal(before);
  });
});
