// prism-provided.mjs — the Prism a repository's scripts start (Stainless's `scripts/mock`: `npm exec
// --package=@stainless-api/prism-cli@5.15.0 -- prism mock "$URL"`, older ones `@stoplight/prism-cli@~5.3.2`), for the
// TypeScript trial's `npm test` (npm-test.mjs). That run has no network (a namespace of its own, own-network.mjs), so
// the real npx could not download it there: the version asked is installed from the registry once, before the run,
// into a cache under the runs dir (`<runs>/.prism`), and the stand-in for npx/npm exec runs it (TRIAL_PRISM,
// mock-servers.mjs). Where it cannot be installed, the Prism the caller gives (sdkgen's own) stands in, said so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { scriptTexts } from './mock-servers.mjs';

const PRISM_BIN = 'node_modules/.bin/prism';

/** The Prism cache of a trial's run dir (<runs>/<name>/<stamp>): <runs>/.prism, shared by the runs there. */
export function prismCacheOf(runDir) {
  return path.join(runDir, '..', '..', '.prism');
}

/** The Prism CLI packages the tree's scripts name, each `<package>@<version or range>` (`@latest` where none), sorted. */
export function prismAsked(dir) {
  const asked = new Set();
  // (Not a path into the package: sdkgen's scripts/mock-server.mjs resolves its devDependency's.)
  for (const text of scriptTexts(dir))
    for (const m of text.matchAll(/(@(?:stainless-api|stoplight)\/prism-cli)(?![\w/-])(?:@([\w^~][\w.^~+-]*))?/g))
      asked.add(`${m[1]}@${m[2] ?? 'latest'}`);
  return [...asked].sort();
}

/** The registry as npm reaches it: an install of a package spec into a folder. */
export const npmPrismRegistry = {
  install(spec, dir) {
    fs.mkdirSync(dir, { recursive: true });
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', dir, spec], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    return { ok: r.status === 0, log: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  },
};

/**
 * The Prism to run for the tree `dir`: { bin, notes }. The first package its scripts name, installed into `cacheDir`
 * the first time (read from there afterwards, the registry not asked); else `fallback`, with a note where one was
 * asked and could not be had. (`bin` is `fallback` too where the scripts name none: sdkgen's own scripts start theirs.)
 */
export function providePrism({ dir, cacheDir, fallback, registry = npmPrismRegistry }) {
  const asked = prismAsked(dir);
  if (asked.length === 0) return { bin: fallback, notes: [] };
  const [spec] = asked;
  const notes = asked.length > 1 ? [`trial: the scripts name ${asked.join(', ')}: ${spec} runs for each`] : [];
  const folder = path.join(cacheDir, spec.replace(/\//g, '+'));
  const bin = path.join(folder, PRISM_BIN);
  if (!fs.existsSync(bin)) {
    // Installed beside its place and moved there whole: a trial running at the same time never sees half of it.
    const partial = `${folder}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    const inst = registry.install(spec, partial);
    if (!inst.ok || !fs.existsSync(path.join(partial, PRISM_BIN))) {
      fs.rmSync(partial, { recursive: true, force: true });
      const why = inst.log.trim().split('\n').slice(-2).join(' ⏎ ');
      return {
        bin: fallback,
        notes: [...notes, `trial: ${spec} could not be installed (${why}): sdkgen's Prism stands in`],
      };
    }
    try {
      fs.renameSync(partial, folder);
    } catch {
      // (Another trial installed it meanwhile: theirs is used.)
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  return { bin, notes };
}
