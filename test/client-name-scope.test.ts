/**
 * The names declared in generator/naming/client-scope.ts (what a client class named after an API's title must not
 * be) are every name the modules binding the client refer to: read from the templates (every branch) and from
 * packages generated for specs of many features, both targets, with and without a Stainless config. A template that
 * gains an import, a global or a definition the list lacks fails here, naming it and where it is.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { PYTHON_CLIENT_SCOPE, TYPESCRIPT_CLIENT_SCOPE } from '../generator/naming/client-scope';
import {
  pythonCode,
  pythonScopeNames,
  typescriptCode,
  typescriptScopeNames,
  withoutTags,
} from './helpers/client-scope';
import { ROOT, sharedPath } from './helpers/paths';
import { tempDir } from './helpers/sdk';

const root = tempDir('client-name-scope');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The client every package here is generated with: no name of the runtime's or the language's has it in it. */
const CLIENT = 'Zebra';
// The client's names, its aliases (`Client = Zebra`) and the API's test classes (`TestAsyncZebra`, `TestItems`).
const pythonOwn = (name: string) => /^(Async|Sync|Test|TestAsync)?Zebra/.test(name) || /^(Async)?Client$/.test(name);
const typescriptOwn = (name: string) => /^(Base|Partial)?Zebra/.test(name);
// The modules of the API's own: resources, types, functions and their tests (only their imports count).
const PYTHON_API = /(^|\/)(types|resources|api_resources)\/|(^|\/)pagination\.py$/;
const TYPESCRIPT_API = /(^|\/)(resources|funcs|schemas|api-resources)\//;
// A module binding the client, or a name made from it (not only reading it as `API.Zebra`).
const PYTHON_BINDS = /(?<![.\w])(Async)?Zebra/;
const TYPESCRIPT_BINDS = /(?<![.\w$])(Base|Partial)?Zebra/;

/** Each name `files` (path → text) refer to that `declared` lacks, with the first file it is in. */
function missing(files: Map<string, string>, declared: ReadonlySet<string>): string[] {
  const out = new Map<string, string>();
  for (const [file, text] of files) {
    if (!/\.(py|ts|mts)$/.test(file)) continue;
    const names = file.endsWith('.py')
      ? PYTHON_BINDS.test(pythonCode(text))
        ? pythonScopeNames(text, pythonOwn, PYTHON_API.test(file))
        : []
      : TYPESCRIPT_BINDS.test(typescriptCode(text))
        ? typescriptScopeNames(text, typescriptOwn, TYPESCRIPT_API.test(file))
        : [];
    for (const name of names) if (!declared.has(name) && !out.has(name)) out.set(name, file);
  }
  return [...out].map(([name, file]) => `${name} (${file})`).sort();
}

function templateFiles(dir: string, match: RegExp): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const full = path.join(at, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (match.test(entry)) {
        // The client's names as a package has them, the template's other tags left out (each branch's text kept).
        const text = readFileSync(full, 'utf8')
          .replace(/\{\{(\.\.\/)*asyncClientName\}\}/g, `Async${CLIENT}`)
          .replace(/\{\{(\.\.\/)*clientName\}\}/g, CLIENT);
        files.set(path.relative(ROOT, full).replace(/\.hbs$/, ''), withoutTags(text));
      }
    }
  };
  walk(dir);
  return files;
}

interface Case {
  name: string;
  spec: string;
  /** The Stainless config, its organization renamed to the client here. */
  stainless?: string;
  target: 'python' | 'typescript';
  options?: { stainlessEra?: string; mcp?: boolean; treeShaking?: boolean };
}

/** The spec under the title `Zebra` (its own name, so the client is that). */
function retitled(file: string): string {
  const spec = parse(readFileSync(file, 'utf8')) as { info: { title: string } };
  spec.info.title = CLIENT;
  return JSON.stringify(spec);
}

async function generated(c: Case): Promise<Map<string, string>> {
  const dir = path.join(root, c.name);
  mkdirSync(dir, { recursive: true });
  const spec = path.join(dir, 'openapi.json');
  writeFileSync(spec, retitled(c.spec));
  let config: string | null = null;
  if (c.stainless) {
    const stainless = parse(readFileSync(c.stainless, 'utf8')) as { organization: { name: string } };
    stainless.organization.name = CLIENT.toLowerCase();
    config = path.join(dir, 'stainless.yml');
    writeFileSync(config, stringify(stainless));
  } else if (c.options?.treeShaking) {
    config = path.join(dir, 'sdkgen.yaml');
    writeFileSync(config, 'treeShaking: true\n');
  }
  const result = await generate({
    spec,
    config,
    target: c.target === 'python' ? 'python' : null,
    format: false,
    stainlessEra: c.options?.stainlessEra ?? null,
    mcp: c.options?.mcp ?? false,
  });
  return new Map(result.files.map((file) => [file.path, file.contents]));
}

const edgeCase = (name: string) => sharedPath('corpus', 'edge-cases', name);
const ONEBUSAWAY = sharedPath('stainless-compat-python', 'onebusaway');
const SPECS = [
  edgeCase('readme-oas-examples__oas30-security-multiple__1.0.0.json'),
  edgeCase('readme-oas-examples__oas30-file-uploads__1.0.0.json'),
  edgeCase('readme-oas-examples__oas31-train-travel__1.0.0.yaml'),
];
const CASES: Case[] = [
  ...SPECS.flatMap((spec, i): Case[] => [
    { name: `spec${i}-python`, spec, target: 'python' },
    { name: `spec${i}-typescript`, spec, target: 'typescript', options: { treeShaking: i === 2 } },
  ]),
  ...(['python', 'typescript'] as const).flatMap((target): Case[] => [
    {
      name: `stainless-${target}`,
      spec: path.join(ONEBUSAWAY, 'openapi.yml'),
      stainless: path.join(ONEBUSAWAY, 'stainless.yml'),
      target,
      options: { mcp: target === 'typescript' },
    },
    {
      name: `stainless-2024-${target}`,
      spec: path.join(ONEBUSAWAY, 'openapi.yml'),
      stainless: path.join(ONEBUSAWAY, 'stainless.yml'),
      target,
      options: { stainlessEra: target === 'python' ? '2024-03-01' : '2024-03-01+base-client' },
    },
  ]),
];

describe('the names beside a client, declared for the naming rules', () => {
  it("hold every name the Python templates' modules that bind the client refer to", () => {
    expect(missing(templateFiles(path.join(ROOT, 'templates/python'), /\.py$/), PYTHON_CLIENT_SCOPE)).toEqual([]);
  });

  it("hold every name the TypeScript templates' modules that bind the client refer to", () => {
    const files = templateFiles(path.join(ROOT, 'templates/base'), /\.ts(\.hbs)?$/);
    expect(missing(files, TYPESCRIPT_CLIENT_SCOPE)).toEqual([]);
  });

  it.each(CASES)(
    'hold every name the package $name refers to beside its client',
    async (c) => {
      const files = await generated(c);
      // The case this guards: the package's client is the spec's title.
      const client = c.target === 'python' ? /^class Zebra\(SyncAPIClient\)/m : /^export class Zebra\b/m;
      expect([...files.values()].some((text) => client.test(text))).toBe(true);
      const declared = c.target === 'python' ? PYTHON_CLIENT_SCOPE : TYPESCRIPT_CLIENT_SCOPE;
      expect(missing(files, declared)).toEqual([]);
    },
    120_000,
  );
});
