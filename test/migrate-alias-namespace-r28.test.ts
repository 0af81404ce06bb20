/**
 * Stainless's 2023 SDKs end a resource module with its re-exports as aliases, `export namespace Servers { export
 * import Server = API.Server; … }`, through `import * as API from './index'`. hetzner-node's owners added a line to
 * it (`export type ServersServersPage = _ServersServersPage;`); carried by declaration, the whole block of theirs took
 * the place of sdkgen's, whose module imports no `API`: 100 tsc errors and `ReferenceError: API is not defined` in
 * every test. The block is a re-export block: sdkgen's stays, with the line the owners added.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { declarationsOf } from '../generator/migrate/reapply/declarations';

const stainless = (extra: string, alias: string) => `import { APIResource } from 'acme/resource';
import * as API from './index';

export class Servers extends APIResource {
  list(): string {
    return 'servers';
  }
}
${extra}
/**
 * A server.
 */
export interface Server {
  id: number;

  name: string;
}

export namespace Server {
  export interface PublicNet {
    ipv4: string;
  }
}

export namespace Servers {
  export import Server = API.Server;
${alias}  export import ServerListParams = API.ServerListParams;
}
`;

const STAINLESS = stainless('', '');
// The owners' alias of a class of theirs, and its line in the re-export block; and a field of the server's nested
// namespace, which sdkgen's module words otherwise (so the edits are carried by declaration).
const OWNERS = stainless(
  '\nexport class ServersPage {}\n// alias so we can export it in the namespace\ntype _ServersPage = ServersPage;\n',
  '  export type ServersPage = _ServersPage;\n',
).replace('    ipv4: string;\n', '    ipv4: string;\n\n    ipv6: string | null;\n');

const SDKGEN = `import { APIResource } from 'acme/resource';
import * as ServersAPI from './servers';

export class Servers extends APIResource {
  list(): string {
    return 'servers';
  }
}

/**
 * A server.
 */
export interface Server {
  id: number;

  name: string;
}

export namespace Server {
  /** The public network. */
  export interface PublicNet {
    ipv4: string;
  }
}

export namespace Servers {
  export import Server = ServersAPI.Server;
  export import ServerListParams = ServersAPI.ServerListParams;
}
`;

describe("owners' line in Stainless's 2023 re-export namespace", () => {
  it('reads the alias namespace as a re-export block, and a nested types namespace not', () => {
    const keys = declarationsOf(SDKGEN.split(/(?<=\n)/)).map((d) => [d.key, d.isReexports]);
    expect(keys).toContainEqual(['namespace:Servers', true]);
    expect(keys).toContainEqual(['namespace:Server', false]);
  });

  it("keeps sdkgen's aliases and adds the owners' line, naming no module sdkgen's does not import", () => {
    const carried = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true, declarations: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).not.toMatch(/= API\./);
    expect(carried.text).toContain('  export import Server = ServersAPI.Server;');
    expect(carried.text).toContain('  export type ServersPage = _ServersPage;');
    expect(carried.text).toContain('type _ServersPage = ServersPage;');
    expect(carried.text).toContain('    ipv6: string | null;');
  });
});
