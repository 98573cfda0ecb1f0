import { expect } from 'chai';
import { SfError, SfProject } from '@salesforce/core';
import { metadataDirOf } from '../../src/project/metadata-dir.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { aProject, type TestProject } from '../builders/project-builder.js';

describe('metadataDirOf', () => {
  let project: TestProject;
  let sfProject: SfProject;

  beforeEach(async () => {
    project = await aProject();
    await project.write('sfdx-project.json', JSON.stringify({ packageDirectories: [{ path: 'common' }, { path: 'access/', default: true }] }));
    SfProject.clearInstances();
    sfProject = await SfProject.resolve(project.dir);
  });

  afterEach(() => project.dispose());

  it('is main/default of the default package directory, even before the folder exists', () => {
    expect(metadataDirOf(sfProject, DEFAULT_SETTINGS)).to.equal('access/main/default');
  });

  it('is the project setting, for every command', () => {
    expect(metadataDirOf(sfProject, { ...DEFAULT_SETTINGS, outputDir: 'integration-access/main/default' })).to.equal('integration-access/main/default');
  });

  it('refuses a default package directory outside the project', async () => {
    await project.write('sfdx-project.json', JSON.stringify({ packageDirectories: [{ path: '../shared-package', default: true }] }));
    SfProject.clearInstances();

    expect(() => metadataDirOf(SfProject.getInstance(project.dir), DEFAULT_SETTINGS)).to.throw(SfError, /outside the project/);
  });

  for (const outside of ['../outside', '/tmp']) {
    it(`refuses ${outside}, outside the project`, () => {
      expect(() => metadataDirOf(sfProject, { ...DEFAULT_SETTINGS, outputDir: outside })).to.throw(SfError, /outside the project/);
    });
  }
});
