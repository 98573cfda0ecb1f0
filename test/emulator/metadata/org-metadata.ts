import type { DeployedComponent } from '../deploy/deploy-zip.js';
import { comparableContent } from '../retrieve/retrieved-file.js';
import { salesforceId } from '../salesforce-id.js';
import { generatedValues } from './generated-values.js';
import { componentKey, type ComponentOrigin, type HeldComponent } from './held-component.js';

/**
 * Key prefixes of the components that have no table row in the emulator. ConnectedApplication's 0H4 is
 * Salesforce's; those of the External Client App types are unverified placeholders.
 */
const KEY_PREFIXES: Readonly<Record<string, string>> = {
  ConnectedApp: '0H4',
  ExternalClientApplication: '0xI',
  ExtlClntAppOauthSettings: '0xJ',
  ExtlClntAppGlobalOauthSettings: '0xK',
  ExtlClntAppOauthConfigurablePolicies: '0xL',
  ExtlClntAppConfigurablePolicies: '0xM',
};

export type SavedComponent = { held: HeldComponent; created: boolean; changed: boolean };

/**
 * The metadata the org holds, by type and name: what deploys and Setup left in it. Deploys change it as they
 * run and put it back when they fail or only validate (snapshot).
 */
export class OrgMetadata {
  private components = new Map<string, HeldComponent>();
  private sequence = 0;

  public constructor(
    private readonly orgId: string,
    private readonly orgNumber: number
  ) {}

  public get(type: string, fullName: string): HeldComponent | undefined {
    return this.components.get(componentKey(type, fullName));
  }

  /** Every component held, or those of one type. */
  public list(type?: string): HeldComponent[] {
    const all = [...this.components.values()];
    return type === undefined ? all : all.filter((component) => component.type === type);
  }

  /** Creates the component or replaces its file; what the org keeps of it (Id, creation, generated values) stays. */
  public save(component: DeployedComponent, now: string, origin: ComponentOrigin = {}): SavedComponent {
    const before = this.get(component.type, component.fullName);
    const id = before?.id ?? salesforceId(KEY_PREFIXES[component.type] ?? '0Em', this.orgNumber * 10_000_000 + ++this.sequence);
    const held: HeldComponent = {
      ...component,
      id,
      namespacePrefix: before?.namespacePrefix ?? origin.namespacePrefix,
      manageableState: (before?.namespacePrefix ?? origin.namespacePrefix) === undefined ? 'unmanaged' : 'installed',
      createdDate: before?.createdDate ?? now,
      lastModifiedDate: before?.content === component.content ? before.lastModifiedDate : now,
      generated: before?.generated ?? generatedValues(component.type, component.fullName, component.content, this.orgId, salesforceId('0H4', this.orgNumber * 10_000_000 + this.sequence)),
    };
    this.components.set(componentKey(component.type, component.fullName), held);
    return { held, created: before === undefined, changed: before === undefined || comparableContent(before) !== comparableContent(component) };
  }

  public remove(type: string, fullName: string): HeldComponent | undefined {
    const held = this.get(type, fullName);
    this.components.delete(componentKey(type, fullName));
    return held;
  }

  /** Everything as it is now; calling the result puts it back. */
  public snapshot(): () => void {
    const saved = new Map(this.components);
    const sequence = this.sequence;
    return () => {
      this.components = saved;
      this.sequence = sequence;
    };
  }
}
