/**
 * Layered template lookup: --templates (or `templates:` in the config) → --target overlay → base. A file
 * at the same logical path in a higher layer replaces the lower one: templates, partials and runtime files
 * alike; a `.hbs` file the base does not have adds a file; a template rendering to nothing drops its file.
 * Templates run in Handlebars' strict mode: a missing field names the template (or partial), its layer and the field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate';
import { ROOT } from '../helpers/paths';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { runTsc, STRICT_OPTIONS, tempDir, writeFiles } from '../helpers/sdk';
import { PETS, writeTree } from './helpers';

let dir: string;
let spec: string;
let plain: GenerateResult;

const file = (result: GenerateResult, p: string) => result.files.find((f) => f.path === p)?.contents;

beforeAll(async () => {
  dir = tempDir('layers');
  spec = path.join(dir, 'pets.yaml');
  writeFileSync(spec, PETS);
  plain = await generate({ spec, format: false });
});

describe('template layers', () => {
  it('user layer > target overlay > base, for templates, partials and runtime files', async () => {
    const user = writeTree(path.join(dir, 'user'), {
      'src/index.ts.hbs': '// user index for {{clientName}}\nexport {};\n',
      'partials/method-plain.hbs': '  // user partial: {{name}}\n',
      'src/internal/env.ts': 'export const userEnv = true;\n',
    });
    const result = await generate({ spec, templates: user, target: 'deno', format: false });
    expect(file(result, 'src/index.ts')).toBe('// user index for Pets\nexport {};\n');
    expect(file(result, 'src/resources/pets.ts')).toContain('// user partial: retrieve');
    // The paginated partial still comes from base (it calls the request function its standalone function shares).
    expect(file(result, 'src/resources/pets.ts')).toMatch(/return \w+Request\(this\._client, /);
    expect(file(result, 'src/internal/env.ts')).toBe('export const userEnv = true;\n');
    // Target layer: README and deno.json from templates/targets/deno; api.md from base.
    expect(file(result, 'README.md')).toContain('deno add jsr:');
    expect(file(result, 'deno.json')).toBeDefined();
    expect(file(result, 'api.md')).toBe(file(plain, 'api.md'));
    // Without the user layer, the target serves what it overrides and base the rest.
    const target = await generate({ spec, target: 'deno', format: false });
    expect(file(target, 'src/index.ts')).toContain("from './client.ts'");
    expect(file(target, 'src/internal/env.ts')).toBe(file(plain, 'src/internal/env.ts'));
  });

  it('reads the user layer from `templates:` in the config file, relative to it', async () => {
    writeTree(path.join(dir, 'cfg'), {
      'sdkgen.config.yaml': 'templates: ./my-templates\n',
      'my-templates/src/index.ts.hbs': '// from the config layer\n',
    });
    const result = await generate({ spec, config: path.join(dir, 'cfg/sdkgen.config.yaml'), format: false });
    expect(file(result, 'src/index.ts')).toBe('// from the config layer\n');
  });

  it('adds a file for a .hbs template the base does not have, and drops a file whose template renders nothing', async () => {
    const user = writeTree(path.join(dir, 'extra'), {
      'NOTICE.md.hbs': '# {{title}} {{packageVersion}}\n',
      'src/version.ts.hbs': "export const VERSION = '{{packageVersion}}';\n",
      'tsconfig.build.json.hbs': '{{!-- not wanted --}}\n',
      'notes.txt': 'not a template: ignored\n',
    });
    const result = await generate({ spec, templates: user, format: false });
    expect(file(result, 'NOTICE.md')).toBe('# Pets API 0.1.0\n');
    expect(file(result, 'src/version.ts')).toBe("export const VERSION = '0.1.0';\n");
    expect(file(result, 'tsconfig.build.json')).toBeUndefined();
    expect(result.files.map((f) => f.path)).not.toContain('notes.txt');
    expect(file(result, 'tsconfig.json')).toBe(file(plain, 'tsconfig.json'));
  });

  it('a user template using what the template compiler leaves out (block params) is rendered by Handlebars', async () => {
    const user = writeTree(path.join(dir, 'block-params'), {
      'partials/method-plain.hbs': '  // {{#each parameters.positional as |p i|}}{{i}}={{p.local}} {{/each}}{{name}}\n',
    });
    const result = await generate({ spec, templates: user, format: false });
    expect(file(result, 'src/resources/pets.ts')).toContain('// 0=petId retrieve');
    // Every other template still renders what it renders with the compiled code.
    expect(file(result, 'api.md')).toBe(file(plain, 'api.md'));
  });

  it('a missing field is an error naming the template, its layer and the field', async () => {
    const user = writeTree(path.join(dir, 'strict'), {
      'src/index.ts.hbs': '{{banner}}\nexport const name = {{clientNmae}};\n',
    });
    await expect(generate({ spec, templates: user, format: false })).rejects.toThrow(
      `template src/index.ts.hbs (from ${user}): "clientNmae" not defined in the view - 2:22`,
    );
  });

  it("the CLI says which template failed; SDKGEN_DEBUG adds the stack of Handlebars' own error", () => {
    const user = writeTree(path.join(dir, 'strict-cli'), {
      'src/index.ts.hbs': '{{banner}}\nexport const name = {{clientNmae}};\n',
    });
    const args = ['generate', spec, '-o', path.join(dir, 'strict-cli-out'), '--templates', user];
    const plainRun = runSdkgen(args, { env: { ...process.env, SDKGEN_DEBUG: '' } });
    expect(plainRun.code).toBe(1);
    expect(plainRun.stderr).toBe(
      `sdkgen generate: template src/index.ts.hbs (from ${user}): "clientNmae" not defined in the view - 2:22\n`,
    );
    const debugRun = runSdkgen(args, { env: { ...process.env, SDKGEN_DEBUG: '1' } });
    expect(debugRun.code).toBe(1);
    expect(debugRun.stderr.startsWith(plainRun.stderr)).toBe(true);
    expect(debugRun.stderr).toMatch(/\nCaused by: TemplateError: template src\/index\.ts\.hbs .*\n {4}at /);
    expect(debugRun.stderr).toMatch(/\nCaused by: Error: "clientNmae" not defined in .*\n {4}at /);
  });

  it('a missing field in a partial names the partial, not only the template that called it', async () => {
    const user = writeTree(path.join(dir, 'strict-partial'), {
      'partials/method-plain.hbs': '  {{doc}}{{nmae}}() {}\n',
    });
    const error = await generate({ spec, templates: user, format: false }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TemplateError');
    expect((error as Error).message).toBe(
      `template src/resources/resource.ts.hbs (from ${path.join(ROOT, 'templates/base')}): ` +
        `in template partials/method-plain.hbs (from ${user}): "nmae" not defined in the view - 1:11`,
    );
  });

  it('a missing field in a runtime .ts.hbs file names it too', async () => {
    const user = writeTree(path.join(dir, 'strict-runtime'), {
      'src/core/extra.ts.hbs': "export const x = '{{clientNam}}';\n",
    });
    await expect(generate({ spec, templates: user, format: false })).rejects.toThrow(
      `template src/core/extra.ts.hbs (from ${user}): "clientNam" not defined in the view`,
    );
  });

  it('rejects an unknown target and a missing template folder', async () => {
    await expect(generate({ spec, target: 'nope', format: false })).rejects.toThrow(
      'unknown target "nope" (built-in targets: deno)',
    );
    await expect(generate({ spec, templates: path.join(dir, 'missing'), format: false })).rejects.toThrow(
      'template folder not found',
    );
  });
});

describe('templates receive final strings', () => {
  it('spec text that would break code, JSON or Markdown arrives escaped: the SDK compiles, package.json parses', async () => {
    const nasty = `Ends */ a comment, \`backticks\`, \${template}, 'single' "double" \\\\ back\\\\slash, <b>html</b> | pipe {{handlebars}}`;
    const hostile = writeTree(path.join(dir, 'hostile'), {
      'spec.json': JSON.stringify({
        openapi: '3.1.0',
        info: { title: `Hostile "API" */ \`x\``, version: '1.0.0', description: nasty },
        servers: [{ url: 'https://api.example.com' }],
        paths: {
          '/things/{id}': {
            get: {
              operationId: 'getThing',
              summary: nasty,
              description: nasty,
              parameters: [{ name: 'id', in: 'path', required: true, description: nasty, schema: { type: 'string' } }],
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        description: nasty,
                        properties: { 'we*/ird': { type: 'string', description: nasty } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      }),
    });
    const result = await generate({ spec: path.join(hostile, 'spec.json'), config: null });
    const out = path.join(dir, 'hostile-out');
    writeFiles(out, result.files);
    expect(JSON.parse(file(result, 'package.json')!).description).toBe('Hostile "API" */ `x`');
    writeFileSync(
      path.join(out, 'tsconfig.check.json'),
      JSON.stringify({ compilerOptions: { ...STRICT_OPTIONS, types: [] }, include: ['src'] }),
    );
    const { status, output } = runTsc(path.join(out, 'tsconfig.check.json'));
    expect(output).toBe('');
    expect(status).toBe(0);
    // The text is there, neutralised where it goes, never raw.
    expect(file(result, 'src/resources/things.ts')).toContain('backticks');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toContain('Hostile');
    expect(file(result, 'src/resources/things.ts')).not.toContain('Ends */');
  });
});
