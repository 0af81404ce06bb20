/**
 * The config `migrate --from-repo` writes for hetzner-node (Stainless's SDK of 2023, from the hcloud spec of its week)
 * names each top-level resource's class as Stainless's api.md heads it: `# ISOs` (`isos: ISOs` among its casings),
 * `# FloatingIPs`, `# SshKeys`. Before, `client.isos` was `Isos` in sdkgen's SDK.
 * Reads the mirrors (`fetch`: github:stainless-sdks/hetzner-node, github:MaximilianKoestler/hcloud-openapi);
 * SDKGEN_SLOW_TESTS=full only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveConfig } from '../generator/api/migrate-config-from-repo';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';
import { StainlessNames } from '../generator/naming/stainless';
import { SLOW_FULL } from './helpers/slow-tests';
import { tempDir } from './helpers/sdk';

const NODE = {
  repo: '/work/.mirror/stainless-sdks+hetzner-node/repo',
  ref: '08073914d7542ebba51126e091482b11b4d68c58',
};
const SPEC = {
  repo: '/work/.mirror/MaximilianKoestler+hcloud-openapi/repo',
  ref: '7f60f322ebf30ebbffe6b856886712e2eb244aa1',
};
const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const mirrors = [NODE, SPEC].every((m) => existsSync(m.repo));

describe.runIf(SLOW_FULL)("hetzner's resource classes", () => {
  const dir = tempDir('sdkgen-hetzner-headings');

  it.runIf(mirrors)(
    "are named as api.md's headings (mirrors)",
    async () => {
      const files: RepoFile[] = git(NODE.repo, 'ls-tree', '-r', '--name-only', NODE.ref)
        .split('\n')
        .filter((p) => p === 'api.md' || p === 'package.json' || (p.startsWith('src/') && p.endsWith('.ts')))
        .map((p) => ({ path: p, blob: null, text: git(NODE.repo, 'show', `${NODE.ref}:${p}`) }));
      const spec = path.join(dir, 'hcloud.json');
      writeFileSync(spec, git(SPEC.repo, 'show', `${SPEC.ref}:openapi/hcloud.json`));
      const derived = await deriveConfig(files, spec);
      const config = yaml.load(derived!.config.text) as {
        custom_casings?: Record<string, string>;
        resources: Record<string, unknown>;
      };
      expect(config.custom_casings?.isos).toBe('ISOs');
      const names = new StainlessNames(new Map(Object.entries(config.custom_casings ?? {})), { legacy: true });
      const headings = [...files.find((f) => f.path === 'api.md')!.text!.matchAll(/^# (\w+)$/gm)].map((m) => m[1]);
      expect(Object.keys(config.resources).map((key) => names.resourceClass(key))).toEqual(headings);
      expect(derived!.config.notes.join('\n')).not.toMatch(/ISOs|casings other names need/);
    },
    300_000,
  );
});
