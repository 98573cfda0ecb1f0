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
});
