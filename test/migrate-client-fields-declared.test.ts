/**
 * A field the owners' client class has otherwise than the base (hetzner-node's 2023 client: `floatingIPs`, once
 * `floatingIps`) that sdkgen's client class declares too is not declared a second time (TS2300 "Duplicate
 * identifier"): the same declaration is sdkgen's already, and another takes the place of sdkgen's line.
 */
import { describe, expect, it } from 'vitest';
import { withHooks, type CarriedHooks } from '../generator/migrate/owners/client-hooks';

const sdkgenClient = `import * as API from './resources/index';

/** API client for Acme. */
export class Acme extends AcmeCore {
  constructor(options: ClientOptions = {}) {
    super(options);
  }

  actions: API.Actions = new API.Actions(this);
  floatingIPs: API.FloatingIPs = new API.FloatingIPs(this);
  isos: API.ISOs = new API.ISOs(this);
}
`;

const hooks = (fields: CarriedHooks['fields']): CarriedHooks => ({
  className: 'Acme',
  methods: [],
  imports: [],
  fields,
  editedRest: '',
});

describe("the owners' fields sdkgen's client class declares too", () => {
  it('are not declared twice: the same declaration is left as sdkgen has it, another replaces its line', () => {
    const written = withHooks(
      sdkgenClient,
      hooks([
        {
          name: 'floatingIPs',
          text: '  floatingIPs: API.FloatingIPs = new API.FloatingIPs(this);',
          theirs: '  floatingIPs: API.FloatingIPs = new API.FloatingIPs(this);',
          stainless: '  floatingIps: API.FloatingIps = new API.FloatingIps(this);',
        },
        {
          name: 'isos',
          text: '  isos: API.ISOs = new OwnISOs(this);',
          theirs: '  isos: API.ISOs = new OwnISOs(this);',
          stainless: '  isos: API.Isos = new API.Isos(this);',
        },
        { name: 'labels', text: '  labels?: string[] = [];', theirs: '  labels?: string[] = [];', stainless: null },
      ]),
    )!;
    expect(written.match(/floatingIPs:/g)).toHaveLength(1);
    expect(written.match(/isos:/g)).toHaveLength(1);
    expect(written).toContain('  isos: API.ISOs = new OwnISOs(this);\n}');
    // A field sdkgen's class has not goes first in the class, as before.
    expect(written).toContain('export class Acme extends AcmeCore {\n  labels?: string[] = [];\n\n  constructor(');
  });
});
