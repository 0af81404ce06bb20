#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages (esbuild, rollup, deno, oxfmt, …
// builds for other operating systems and CPUs) that this machine's npm registry does not serve, so `npm ci`
// accepts the lock file here and on every platform. Each entry carries the `os`/`cpu`/`libc` its name
// implies, so npm skips it on other platforms without fetching it. Run it after changing dependencies:
//   npm install && node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
  'cygwin',
];
const CPU = {
  x64: 'x64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: 'ia32',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
  loong64: 'loong64',
  mips64el: 'mips64el',
  x86: 'ia32',
  wasm32: 'wasm32',
};

function platformOf(name) {
  const words = name.replace(/^@[^/]+\//, '').split(/[-_]/);
  const os =
    words.find((w) => OS.includes(w)) ??
    (words.includes('windows') ? 'win32' : words.includes('macos') ? 'darwin' : undefined);
  const cpuWord = words.find((w) => w in CPU);
  const libc =
    words.includes('musl') || words.includes('musleabihf')
      ? 'musl'
      : words.includes('gnu') || words.includes('glibc') || words.includes('gnueabihf')
        ? 'glibc'
        : undefined;
  return { os, cpu: cpuWord ? CPU[cpuWord] : undefined, libc };
}

let added = 0;
for (const [key, pkg] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    // Resolution: nested under the package first, then hoisted.
    const nested = `${key}/node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[nested] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    packages[hoisted] = {
      version: spec.replace(/^[\^~=]/, ''),
      ...(pkg.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: ${added} platform package(s) recorded`);
