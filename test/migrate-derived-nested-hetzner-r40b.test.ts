/**
 * The config `migrate --from-repo` writes for hetzner-node and hetzner-python (Stainless's SDKs of 2023, from the
 * hcloud spec of their week) names the types Stainless declared from schemas written out inside others by their
 * pointers, for both targets: `PlacementGroup` (a response's `placement_group`), `CPUType` (`server_type.cpu_type`),
 * `LoadBalancerTargetIP` (`target.ip`), `PrimaryIP`, `FloatingIPPriceDetails`. Before, the TypeScript config left
 * them out ("match no schema of the spec by name or shape"), and the SDK no longer exported them.
 * Reads the mirrors (`fetch`: github:stainless-sdks/hetzner-node, github:stainless-sdks/hetzner-python,
 * github:MaximilianKoestler/hcloud-openapi); SDKGEN_SLOW_TESTS=full only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveConfig, pythonSpecSchemas } from '../generator/api/migrate-config-from-repo';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { SLOW_FULL } from './helpers/slow-tests';

const NODE = {
  repo: '/work/.mirror/stainless-sdks+hetzner-node/repo',
  ref: '08073914d7542ebba51126e091482b11b4d68c58',
};
const PYTHON = {
  repo: '/work/.mirror/stainless-sdks+hetzner-python/repo',
  ref: 'e719e0ea8a92f5fa16dd64d5be7733b7825a3804',
};
const SPEC = {
  repo: '/work/.mirror/MaximilianKoestler+hcloud-openapi/repo',
  ref: '7f60f322ebf30ebbffe6b856886712e2eb244aa1',
};

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** api.md and the files under `src/` of a mirror at a commit. */
function repoFiles({ repo, ref }: { repo: string; ref: string }): RepoFile[] {
  return git(repo, 'ls-tree', '-r', '--name-only', ref)
    .split('\n')
    .filter((p) => p === 'api.md' || p === 'package.json' || (p.startsWith('src/') && /\.(ts|py)$/.test(p)))
    .map((p) => ({ path: p, blob: null, text: git(repo, 'show', `${ref}:${p}`) }));
}

/** Every model of a config, by key, through its resources and subresources. */
function modelsOf(config: string): Map<string, string> {
  const models = new Map<string, string>();
  const walk = (resources: Record<string, { models?: Record<string, string>; subresources?: object }> = {}) => {
    for (const resource of Object.values(resources)) {
      for (const [key, schema] of Object.entries(resource.models ?? {})) models.set(key, schema);
      walk(resource.subresources as never);
    }
  };
  walk((yaml.load(config) as { resources: never }).resources);
  return models;
}

const NESTED = {
  placement_group: '#/components/schemas/create_placementgroup_response/properties/placement_group',
  cpu_type: '#/components/schemas/server_type/properties/cpu_type',
  load_balancer_target_ip: '#/components/schemas/target/properties/ip',
  primary_ip: '#/components/schemas/create_primary_ip_response/properties/primary_ip',
};

const mirrors = [NODE, PYTHON, SPEC].every((m) => existsSync(m.repo));

describe.runIf(SLOW_FULL)("hetzner's types of schemas inside others", () => {
  let dir = '';
  let spec = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-hetzner-nested-'));
    spec = path.join(dir, 'hcloud.json');
    if (mirrors) writeFileSync(spec, git(SPEC.repo, 'show', `${SPEC.ref}:openapi/hcloud.json`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(mirrors)(
    'are named by their pointers in the TypeScript config (mirrors)',
    async () => {
      const derived = await deriveConfig(repoFiles(NODE), spec);
      try {
        const models = modelsOf(derived!.config.text);
        for (const [key, pointer] of Object.entries(NESTED)) expect(models.get(key), key).toBe(pointer);
        expect(models.get('floating_ip_price_details')).toMatch(/^#\/components\/schemas\/list_prices_response\//);
        expect(derived!.config.notes.join('\n')).not.toContain('match no schema');
      } finally {
        derived?.cleanup();
      }
    },
    120_000,
  );

  it.runIf(mirrors)(
    'and in the Python config, by the same pass (mirrors)',
    async () => {
      const files = repoFiles(PYTHON);
      const config = derivePythonConfig(files, 'hetzner', await pythonSpecSchemas(files, spec));
      const models = modelsOf(config!.text);
      for (const [key, pointer] of Object.entries(NESTED)) expect(models.get(key), key).toBe(pointer);
      expect(config!.notes.join('\n')).not.toContain('match no schema');
    },
    120_000,
  );
});
