import { expect } from 'chai';
import { componentDrift, type AuditedComponent, type AuditedType } from '../../../src/audit/drift/component-drift.js';
import type { Manifest } from '../../../src/manifest/manifest.js';
import { anEstate, generatedContent } from '../../builders/estate-builder.js';
import { aManifest, aPermissionSet } from '../../builders/manifest-builder.js';
import { METADATA_DIR } from '../../builders/project-builder.js';

const WORKERS = [{ start: '203.0.113.10', end: '203.0.113.20' }];
const MANIFEST = aManifest({
  permissionSets: [aPermissionSet({ objects: { Order: { access: ['read', 'edit'], fields: { Description: 'edit', PoNumber: 'read' } } }, userPermissions: ['ApiEnabled'] })],
  mute: { objects: { Order: { fields: { Description: 'edit' } } } },
  app: { scopes: ['api'], ipRanges: WORKERS },
});

const PATHS: Readonly<Record<AuditedType, string>> = {
  PermissionSet: 'permissionsets/ERP_Order_Sync_Orders.permissionset-meta.xml',
  MutingPermissionSet: 'mutingpermissionsets/ERP_Order_Sync_Muted.mutingpermissionset-meta.xml',
  PermissionSetGroup: 'permissionsetgroups/ERP_Order_Sync.permissionsetgroup-meta.xml',
  ExternalClientApplication: 'externalClientApps/ERP_Order_Sync.eca-meta.xml',
  ExtlClntAppOauthSettings: 'extlClntAppOauthSettings/ERP_Order_Sync_oauth.ecaOauth-meta.xml',
  ExtlClntAppOauthConfigurablePolicies: 'extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml',
  ExtlClntAppConfigurablePolicies: 'extlClntAppPolicies/ERP_Order_Sync_defaultPolicy.ecaPlcy-meta.xml',
  ConnectedApp: 'connectedApps/ERP_Order_Sync.connectedApp-meta.xml',
};

const generated = (type: AuditedType, manifest: Manifest = MANIFEST): string => generatedContent(anEstate({ 'erp.yaml': manifest }), `${METADATA_DIR}/${PATHS[type]}`);
const component = (type: AuditedType): AuditedComponent => ({ type, fullName: 'X', integration: 'ERP_Order_Sync', file: PATHS[type] });

/** The generated file as the org holds it, changed by `edit` (text replacements), with what a retrieve adds where asked. */
const driftOf = (type: AuditedType, edit: (xml: string) => string, manifest?: Manifest) => {
  const xml = generated(type, manifest);
  return componentDrift(component(type), xml, edit(xml));
};

const summary = (drift: ReturnType<typeof componentDrift>): string[] => drift.differences.map(({ direction, subject, expected, actual }) => `${direction}: ${subject}: ${expected} -> ${actual}`);

/** The Order entry of a permission set with one of its rights set to `value`. */
const onOrder = (xml: string, element: string, value: boolean): string =>
  xml.replace(/<objectPermissions>(?:(?!<\/objectPermissions>)[\s\S])*<object>Order<\/object>[\s\S]*?<\/objectPermissions>/, (entry) =>
    entry.replace(new RegExp(`<${element}>\\w+</${element}>`), `<${element}>${value}</${element}>`)
  );

/** The explicit defaults a retrieve writes into a permission set's object and field entries. */
const explicitDefaults = (xml: string): string =>
  xml.replace('<userPermissions>', '<userPermissions>\n        <enabled>false</enabled>\n        <name>ViewSetup</name>\n    </userPermissions>\n    <userPermissions>').replace(/<objectPermissions>/, '<objectPermissions>\n        <allowCreate>false</allowCreate>');

describe('audit: drift of one component, by meaning', () => {
  it('finds none where the org holds what is generated', () => {
    for (const type of Object.keys(PATHS) as AuditedType[]) {
      const manifest = type === 'ConnectedApp' ? aManifest({ app: { type: 'connectedApp', scopes: ['api'], ipRanges: WORKERS } }) : MANIFEST;
      expect(driftOf(type, (xml) => xml, manifest).state, type).to.equal('matches');
    }
  });

  it('ignores what a retrieve adds: explicit defaults, a group’s status, an app’s org-scoped name, OAuth link and consumer key', () => {
    const withStatus = (xml: string): string => xml.replace('<status>Updated</status>', '<status>Outdated</status>');
    const withOrgName = (xml: string): string => xml.replace('<label>', '<orgScopedExternalApp>00D000000000001EAA:ERP_Order_Sync</orgScopedExternalApp>\n    <label>');
    const withLink = (xml: string): string => xml.replace('<label>', '<oauthLink>00D000000000001EAA:888000000000001</oauthLink>\n    <label>');
    const withKey = (xml: string): string => xml.replace('<isAdminApproved>', '<consumerKey>3MVG9SECRETLOOKING</consumerKey>\n        <isAdminApproved>');
    const connectedApp = aManifest({ app: { type: 'connectedApp', scopes: ['api'], ipRanges: WORKERS } });

    expect(driftOf('PermissionSet', explicitDefaults).state).to.equal('matches');
    expect(driftOf('PermissionSetGroup', withStatus).state).to.equal('matches');
    expect(driftOf('ExternalClientApplication', withOrgName).state).to.equal('matches');
    expect(driftOf('ExtlClntAppOauthSettings', withLink).state).to.equal('matches');
    expect(driftOf('ConnectedApp', withKey, connectedApp).state).to.equal('matches');
  });

  it('calls a right added in the org a widening, and one removed a narrowing, each with both values', () => {
    const widened = driftOf('PermissionSet', (xml) => onOrder(xml, 'allowDelete', true));
    const narrowed = driftOf('PermissionSet', (xml) => onOrder(xml, 'allowEdit', false));

    expect(widened.state).to.equal('drifted');
    expect(summary(widened)).to.deep.equal(['widened: Delete on Order: not granted -> granted']);
    expect(widened.differences[0]).to.include({ kind: 'objectRight', item: 'Order.delete' });
    expect(summary(narrowed)).to.deep.equal(['narrowed: Edit on Order: granted -> not granted']);
  });

  it('reports Modify All added in one click as Modify All, not also as the rights it brings', () => {
    const drift = driftOf('PermissionSet', (xml) => onOrder(onOrder(onOrder(xml, 'allowDelete', true), 'modifyAllRecords', true), 'viewAllRecords', true));

    expect(summary(drift)).to.deep.equal(['widened: Modify All on Order: not granted -> granted']);
  });

  it('reads field access as a level, user permissions and other lists as grants, labels as plain settings', () => {
    const drift = driftOf('PermissionSet', (xml) =>
      xml
        .replace(/(<editable>)false(<\/editable>\n\s*<field>Order.PoNumber)/, '$1true$2')
        .replace('<name>ApiEnabled</name>', '<name>ModifyAllData</name>')
        .replace('<label>ERP Order Sync - Orders</label>', '<label>Orders (changed in Setup)</label>')
    );

    expect(summary(drift)).to.have.members([
      'widened: the field Order.PoNumber: read -> edit',
      'widened: the user permission ModifyAllData: not granted -> granted',
      'narrowed: the user permission ApiEnabled: granted -> not granted',
      'changed: the label: ERP Order Sync - Orders -> Orders (changed in Setup)',
    ]);
  });

  it('calls what the plugin never writes but the org grants (an app’s visibility, a tab) a widening', () => {
    const drift = driftOf('PermissionSet', (xml) =>
      xml.replace('<description>', '<applicationVisibilities>\n        <application>standard__Sales</application>\n        <visible>true</visible>\n    </applicationVisibilities>\n    <description>')
    );

    expect(drift.differences.map(({ direction, kind, item }) => `${direction} ${kind} ${item}`)).to.deep.equal(['widened otherAccess standard__Sales']);
  });

  it('reads a muting permission set the other way round: a mute removed in the org widens, one added narrows', () => {
    const unmuted = driftOf('MutingPermissionSet', (xml) => xml.replace('<editable>true</editable>', '<editable>false</editable>'));
    const moreMuted = driftOf('MutingPermissionSet', (xml) => xml.replace('<readable>false</readable>', '<readable>true</readable>'));

    expect(summary(unmuted)).to.deep.equal(['widened: the field Order.Description: edit muted -> not muted']);
    expect(summary(moreMuted)).to.deep.equal(['narrowed: the field Order.Description: edit muted -> read muted']);
  });

  it('calls an extra member of the group a widening and a missing muting permission set a widening too', () => {
    const drift = driftOf('PermissionSetGroup', (xml) => xml.replace('<permissionSets>', '<permissionSets>Admin_Extras</permissionSets>\n    <permissionSets>').replace(/ *<mutingPermissionSets>.*\n/, ''));

    expect(summary(drift)).to.have.members([
      'widened: the permission set Admin_Extras in the group: not a member -> a member',
      'widened: the muting permission set ERP_Order_Sync_Muted in the group: a member -> not a member',
    ]);
  });

  it('orders app policies by how far they open the app: relaxed is wider, tightened narrower', () => {
    const relaxed = driftOf('ExtlClntAppOauthConfigurablePolicies', (xml) =>
      xml.replace('AdminApprovedPreAuthorized', 'AllSelfAuthorized').replace('<ipRelaxationPolicyType>Enforce<', '<ipRelaxationPolicyType>Bypass<').replace('<refreshTokenPolicyType>Zero<', '<refreshTokenPolicyType>Infinite<')
    );
    const scopes = driftOf('ExtlClntAppOauthSettings', (xml) => xml.replace('<commaSeparatedOauthScopes>Api<', '<commaSeparatedOauthScopes>Api, Full<').replace(/<trustedIpRanges>[\s\S]*<\/trustedIpRanges>\n/, ''));

    expect(summary(relaxed)).to.have.members([
      'widened: who may use the app: AdminApprovedPreAuthorized -> AllSelfAuthorized',
      'widened: IP relaxation: Enforce -> Bypass',
      'widened: refresh tokens: Zero -> Infinite',
    ]);
    expect(summary(scopes)).to.have.members(['widened: the OAuth scope Full: not granted -> granted', 'narrowed: the IP range 203.0.113.10-203.0.113.20: granted -> not granted']);
  });

  it('calls another client credentials run-as user a widening, whoever it is', () => {
    const drift = driftOf('ExtlClntAppOauthConfigurablePolicies', (xml) => xml.replace('svc.erp-sync@acme.example', 'admin@acme.example'));

    expect(summary(drift)).to.deep.equal(['widened: the client credentials run-as user: svc.erp-sync@acme.example -> admin@acme.example']);
  });

  it('reads permission sets an app policy names by Id (permissionSetReference: id) by their names', () => {
    const xml = generated('ExtlClntAppOauthConfigurablePolicies');
    const byId = xml.replace('<commaSeparatedPermissionSet>ERP_Order_Sync_Orders<', '<commaSeparatedPermissionSet>0PS000000000001AAA<');
    const names = { permissionSetName: (value: string): string => (value === '0PS000000000001AAA' ? 'ERP_Order_Sync_Orders' : value) };

    expect(componentDrift(component('ExtlClntAppOauthConfigurablePolicies'), xml, byId, names).state).to.equal('matches');
    expect(componentDrift(component('ExtlClntAppOauthConfigurablePolicies'), xml, byId).differences.map(({ direction }) => direction)).to.have.members(['narrowed', 'widened']);
  });

  it('never compares or shows a consumer key or secret, even one an org would expose', () => {
    const connectedApp = aManifest({ app: { type: 'connectedApp', scopes: ['api'], ipRanges: WORKERS } });
    const drift = driftOf('ConnectedApp', (xml) => xml.replace('<isAdminApproved>', '<consumerKey>3MVG9KEY</consumerKey>\n        <consumerSecret>ABCDEF0123</consumerSecret>\n        <isAdminApproved>'), connectedApp);

    expect(drift.state).to.equal('matches');
  });

  it('says a component is missing when the org has none, and unreadable when what came back is not its XML', () => {
    expect(componentDrift(component('PermissionSet'), generated('PermissionSet'), undefined).state).to.equal('missing');
    expect(componentDrift(component('PermissionSet'), generated('PermissionSet'), '{"not": "xml"}').state).to.equal('unreadable');
  });
});
