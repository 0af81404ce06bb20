/**
 * The Python README's forms Stainless writes:
 * - with several environments, the usage programs pick the second under a line naming the others (where there is more
 *   than the default among them) and the default (`# or 'demo' | 'production'; defaults to "demo".`: honcho-python,
 *   julep-ai's python-sdk; `# defaults to "production".` with two: dataherald-python, parsecular's sdk-python);
 * - the MCP server section only from Stainless's "docs: prominently feature MCP server setup in root SDK readmes"
 *   (2026-01-06); an SDK of an earlier era has none, though its config names an MCP server.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pythonTempDir } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /users:
    get:
      operationId: listUsers
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { name: { type: string } } }
`;

const config = (environments: string[]) => `
organization: { name: acme }
${environments.length > 0 ? `environments:\n${environments.map((name) => `  ${name}: https://${name}.example.com`).join('\n')}` : ''}
targets:
  python:
    package_name: acme
  typescript:
    package_name: acme
    options:
      mcp_server:
        package_name: acme-mcp
resources:
  users:
    methods:
      list: get /users
`;

const dir = pythonTempDir('py-readme-forms-r33m');

async function readme(environments: string[], era: string | null = null): Promise<string> {
  const name = `${environments.join('-') || 'none'}-${era ?? 'latest'}`;
  writeFileSync(path.join(dir, `${name}.yaml`), SPEC);
  writeFileSync(path.join(dir, `${name}.yml`), config(environments));
  const result = await generate({
    spec: path.join(dir, `${name}.yaml`),
    config: path.join(dir, `${name}.yml`),
    target: 'python',
    stainlessEra: era,
  });
  return result.files.find((f) => f.path === 'README.md')!.contents;
}

describe('the Python README', () => {
  it('names the other environments and the default above the one its programs pick', async () => {
    const three = await readme(['demo', 'local', 'production']);
    expect(three).toContain(`    # or 'demo' | 'production'; defaults to "demo".\n    environment="local",\n)`);
    const two = await readme(['production', 'staging']);
    expect(two).toContain(`    # defaults to "production".\n    environment="staging",\n)`);
    expect(await readme([])).not.toContain('environment=');
  });

  it('presents the MCP server from 2026-01-06 on, not before', async () => {
    expect(await readme([], '2026-01-06')).toContain('\n## MCP Server\n');
    expect(await readme([], '2026-01-05')).not.toContain('## MCP Server');
  });
});
