/**
 * `_client.py` annotates its wrappers' properties through the resources' modules (`orders.OrdersResourceWithRawResponse`,
 * the modules imported for the type checker alone), as Stainless's current clients do; unless a resource module's name
 * would shadow one the client module uses (`os`, `httpx`), where it names the classes themselves. In-process: cheap.
 */
import { describe, expect, it } from 'vitest';
import { generatePythonFiles } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const dir = tempDir('sdkgen-client-lazy');

const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Depot', version: '1' },
  paths: {
    '/os': { get: { operationId: 'listOs', responses: { '200': { description: 'ok' } } } },
    '/crates': { get: { operationId: 'listCrates', responses: { '200': { description: 'ok' } } } },
  },
});

async function clientModule(resources: Record<string, string>, spec = SPEC): Promise<string> {
  const entries = Object.entries(resources);
  const config = [
    'organization: { name: depot }',
    'targets:',
    '  python: { package_name: depot }',
    entries.length ? 'resources:' : 'resources: {}',
    ...entries.flatMap(([name, route]) => [`  ${name}:`, '    methods:', `      list: get ${route}`]),
  ].join('\n');
  const names = Object.keys(resources).join('-') || 'none';
  const files = await generatePythonFiles(dir, spec, config, { spec: `${names}.json`, config: `${names}.yml` });
  return files.get('src/depot/_client.py') ?? '';
}

describe("the client's resource properties", () => {
  it('names the wrappers through the resource modules when their names are free', async () => {
    const client = await clientModule({ crates: '/crates' });
    expect(client).toContain('    from .resources import crates\n');
    expect(client).toContain('    def crates(self) -> crates.AsyncCratesResourceWithRawResponse:');
  });

  it("names the classes themselves when a resource module would shadow the client's `os`", async () => {
    const client = await clientModule({ crates: '/crates', os: '/os' });
    expect(client).not.toContain('from .resources import');
    expect(client).toContain('    def os(self) -> OsResourceWithRawResponse:');
    expect(client).toContain('    def crates(self) -> AsyncCratesResourceWithRawResponse:');
    expect(client).toContain('        from .resources.os import OsResource\n');
  });

  it('imports no resource module when there is no resource (a webhooks-only spec)', async () => {
    const webhooksOnly = JSON.stringify({ openapi: '3.1.0', info: { title: 'Depot', version: '1' }, paths: {} });
    const client = await clientModule({}, webhooksOnly);
    expect(client).toContain('if TYPE_CHECKING:\n');
    // `from .resources import` with no name after it is a syntax error.
    expect(client).not.toMatch(/from \.resources import\s*\n/);
  });
});
