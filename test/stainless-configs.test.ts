/**
 * Real Stainless configs, as their owners wrote them (../shared/stainless-configs): every one loads, whatever the
 * form of its keys, and each whose repository holds its spec generates an SDK. A spec that is itself broken stops
 * with the spec's file and JSON pointer, never with a complaint about the config. What sdkgen cannot read of a config
 * is a warning naming the key path and its line. Every config loads in `npm test`; the generation from every config with
 * its spec is a sweep SDKGEN_SLOW_TESTS=full (CI's) runs whole, `npm test` a sample of it (GENERATED_BY_DEFAULT).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../generator/config';
import { STAINLESS_KEYS } from '../generator/stainless/config-keys';
import { Diagnostics, SpecError } from '../generator/diagnostics';
import { generate } from '../generator/generate';
import { sweep } from './helpers/slow-tests';
import { sharedPath } from './helpers/paths';

const corpus = sharedPath('stainless-configs');

interface Project {
  name: string;
  config: string;
  spec: string | null;
}

function projects(): Project[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const files = readdirSync(path.join(corpus, d.name));
      const config = files.find((f) => /^stainless\.ya?ml$/.test(f))!;
      const spec = files.find((f) => /^openapi\.(ya?ml|json)$/.test(f)) ?? null;
      return {
        name: d.name,
        config: path.join(corpus, d.name, config),
        spec: spec ? path.join(corpus, d.name, spec) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The configs `npm test` generates from: a spec that is no OpenAPI document and one with a $ref that resolves nowhere
 * (both stop on the spec), a config sdkgen warns most about, a bearer token read from the environment, and a small API.
 */
const GENERATED_BY_DEFAULT = [
  'gatewerk__gatewerk',
  'joosuhail12__tolstoy',
  'knocklabs__docs__data-specs-api',
  'meorphis__test-repo-17',
  'ZoriHQ__zori',
];

const all = projects();

describe.skipIf(all.length === 0)('real Stainless configs', () => {
  it.each(all)('$name: the config loads; each warning names a key path and its line', async ({ config }) => {
    const diags = new Diagnostics();
    const loaded = await loadConfig(config, diags);
    expect(loaded.stainless).not.toBeNull();
    for (const w of diags.warnings.filter((d) => d.file === config)) {
      expect(w.message).toMatch(/^[\w.[\]$*/{}-]+: /);
      // A key the file lacks has the line of its closest enclosing key (or the file's first line).
      expect(w.line, w.message).toBeGreaterThan(0);
    }
  });

  const withSpec = sweep(
    'stainless-configs generation',
    all.filter((p) => p.spec !== null),
    (p) => p.name,
    GENERATED_BY_DEFAULT,
  );
  it('generates an SDK from every config with its spec (a sample in `npm test`), or stops on the spec with its pointer', async () => {
    const generated: string[] = [];
    const specErrors: string[] = [];
    for (const project of withSpec) {
      try {
        const result = await generate({ spec: project.spec!, config: project.config, format: false, funcs: false });
        expect(result.files.some((f) => f.path === 'src/client.ts')).toBe(true);
        generated.push(project.name);
      } catch (error) {
        // Only the spec may stop a run: the error names the spec file and a JSON pointer into it.
        expect(error, `${project.name}: ${String(error)}`).toBeInstanceOf(SpecError);
        const { diagnostic } = error as SpecError;
        expect(diagnostic.file).toBe(project.spec);
        expect(diagnostic.pointer).toMatch(/^#/);
        specErrors.push(`${project.name}: ${diagnostic.pointer}`);
      }
    }
    console.log(
      `stainless-configs: ${generated.length}/${withSpec.length} generate; stopped on the spec: ${specErrors.join('; ') || 'none'}`,
    );
    expect(generated.length).toBeGreaterThan(0);
    // (Every config, with SDKGEN_SLOW_TESTS=full: minutes on a loaded machine.)
  }, 600_000);
});

/**
 * The Stainless key table (generator/stainless/config-keys.ts, docs/reference/stainless-config.md) says, for every key
 * path a real config uses, what sdkgen does. Its key paths as patterns: `<name>` and `[i]` stand for any one key or
 * item, `{a,b}` for either, and a trailing `.*` covers the key and everything below it.
 */
function tableKeyPatterns(): string[] {
  const patterns = STAINLESS_KEYS.flatMap((row) => row.keys.flatMap(expandBraces));
  // A family ("and everything below") is `**` inside, so that `targets.<language>` stays one key deep.
  return patterns.map((p) =>
    p
      .replace(/\.\*$/, '.**')
      .replace(/<[^>]+>/g, '*')
      .replace(/\[[^\]]*\]/g, '.*'),
  );
}

function expandBraces(text: string): string[] {
  const m = /\{([^}]+)\}/.exec(text);
  if (!m) return [text];
  return m[1]
    .split(',')
    .flatMap((option) => expandBraces(text.slice(0, m.index) + option.trim() + text.slice(m.index + m[0].length)));
}

function covers(pattern: string, keyPath: string): boolean {
  const family = pattern.endsWith('.**');
  const want = (family ? pattern.slice(0, -3) : pattern).split('.');
  const have = keyPath.split('.');
  if (family ? have.length < want.length : have.length !== want.length) return false;
  return want.every((part, i) => part === '*' || part === have[i]);
}

describe.skipIf(all.length === 0)('the Stainless key table', () => {
  it('has a row for every key path in key-usage.txt', () => {
    const patterns = tableKeyPatterns().filter((p) => !/^\*(\.\*)*$/.test(p));
    expect(patterns.length).toBeGreaterThan(20);
    const keyPaths = readFileSync(path.join(corpus, 'key-usage.txt'), 'utf8')
      .split('\n')
      .filter((line) => /^\s+\d+\s+\S/.test(line))
      .map((line) =>
        line
          .trim()
          .split(/\s+/)[1]
          .replace(/\.\[\]/g, '.*'),
      );
    expect(keyPaths.length).toBeGreaterThan(100);
    const uncovered = keyPaths.filter((k) => !patterns.some((p) => covers(p, k)));
    expect(uncovered).toEqual([]);
  });
});
