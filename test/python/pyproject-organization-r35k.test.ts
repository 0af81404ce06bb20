/**
 * pyproject.toml's `[project]` description and authors from a Stainless config's `organization`, as Stainless's
 * pyprojects have them: the authors are the organization, its name's words cased as class names are (`knock mgmt` →
 * "Knock Mgmt", `onebusaway-sdk` → "Onebusaway SDK", a `custom_casings` word as written), with `organization.contact`
 * as their email (not `security_contact`), one author a line as Stainless lays them out, its email empty where the
 * config has no contact; the description names the organization, "API" said once. Without a config: the spec's
 * title, and its maintainers.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { pythonTempDir } from '../helpers/python-sdk';

const SPEC = `openapi: 3.1.0
info: { title: Knock API, version: '1' }
servers: [{ url: 'https://knock.test' }]
paths:
  /users:
    get:
      operationId: listUsers
      responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
`;
const root = pythonTempDir('pyproject-organization-r35k');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The `description` line and the `authors` entry (its lines joined) of the pyproject.toml generated with `config`. */
async function metadata(config: string | null): Promise<string[]> {
  const spec = path.join(root, 'openapi.yaml');
  writeFileSync(spec, SPEC);
  const configPath = path.join(root, 'stainless.yml');
  if (config !== null) writeFileSync(configPath, config);
  const result = await generate({ spec, ...(config !== null ? { config: configPath } : {}), target: 'python' });
  const text = result.files.find((f) => f.path === 'pyproject.toml')?.contents ?? '';
  const description = text.split('\n').filter((line) => /^description =/.test(line));
  return [...description, ...(/^authors = \[[^\]]*\]$/m.exec(text) ?? [])];
}

const config = (organization: string, extra = '') => `organization:
${organization}
targets:
  python:
    package_name: knock
resources:
  users:
    methods:
      list: get /users
${extra}`;

describe("pyproject.toml's description and authors", () => {
  it("name the config's organization, with its contact as the authors' email", async () => {
    const org = '  name: knock\n  contact: support@knock.app\n  security_contact: security@knock.app';
    expect(await metadata(config(org))).toEqual([
      'description = "The official Python library for the knock API"',
      'authors = [\n{ name = "Knock", email = "support@knock.app" },\n]',
    ]);
  });

  it("case the organization's words as class names, and say API once", async () => {
    expect(await metadata(config('  name: Parsec API\n  contact: ""'))).toEqual([
      'description = "The official Python library for the Parsec API"',
      'authors = [\n{ name = "Parsec API", email = "" },\n]',
    ]);
    expect(await metadata(config('  name: onebusaway-sdk'))).toEqual([
      'description = "The official Python library for the onebusaway-sdk API"',
      'authors = [\n{ name = "Onebusaway SDK", email = "" },\n]',
    ]);
    const casings = 'custom_casings:\n  lumaai:\n    default: LumaAI\n';
    expect((await metadata(config('  name: lumaai', casings)))[1]).toBe(
      'authors = [\n{ name = "LumaAI", email = "" },\n]',
    );
  });

  it("without a config: the spec's title, API said once", async () => {
    expect(await metadata(null)).toEqual([
      'description = "The official Python library for the Knock API"',
      'authors = [\n{ name = "Knock API maintainers" },\n]',
    ]);
  });
});
