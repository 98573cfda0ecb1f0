import { expect } from 'chai';
import { DEFAULT_SETTINGS, parseProjectSettings, ProjectSettingsError } from '../../src/project/project-settings.js';

describe('parseProjectSettings', () => {
  it('gives the defaults when sfdx-project.json says nothing', () => {
    expect(parseProjectSettings(undefined)).to.deep.equal(DEFAULT_SETTINGS);
  });

  it('keeps what the project chose and fills in the rest', () => {
    const settings = parseProjectSettings({ externalClientApps: { globalOAuthSettings: false }, rules: { 'medium-user-permission': 'off' } });

    expect(settings).to.deep.equal({ externalClientApps: { permissionSetReference: 'name', globalOAuthSettings: false }, rules: { 'medium-user-permission': 'off' } });
  });

  it('names an unknown key with its path', () => {
    expect(() => parseProjectSettings({ externalClientApps: { permissionSetRef: 'id' } })).to.throw(ProjectSettingsError, 'plugins.intuser.externalClientApps: unknown key "permissionSetRef"');
  });

  it('refuses a value outside the choices', () => {
    expect(() => parseProjectSettings({ externalClientApps: { permissionSetReference: 'label' } })).to.throw(ProjectSettingsError, 'plugins.intuser.externalClientApps.permissionSetReference');
  });

  it('refuses an empty output folder', () => {
    expect(() => parseProjectSettings({ outputDir: '' })).to.throw(ProjectSettingsError, 'plugins.intuser.outputDir: must NOT have fewer than 1 characters');
  });

  it('names every problem at once, each with its path, so that one edit fixes them all', () => {
    const settings = { outputDir: 3, rules: { 'medium-user-permission': false }, outputFolder: 'force-app' };

    expect(() => parseProjectSettings(settings)).to.throw(
      ProjectSettingsError,
      'plugins.intuser: unknown key "outputFolder"; plugins.intuser.outputDir: must be string; plugins.intuser.rules.medium-user-permission: must be string'
    );
  });
});
