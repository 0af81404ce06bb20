/**
 * The generated package as npm users get it: `npm run build` emits ESM and CJS, and both `import` and
 * `require` of the package name load a working client.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';

describe('generated/smithery as a published package', () => {
  it('builds ESM + CJS, and both entry points load', () => {
    // Built outside node_modules (tsc treats sources under node_modules as libraries), then linked in.
    const dir = tempDir('package');
    const pkg = path.join(dir, 'pkg');
    const sdk = path.join(ROOT, 'generated/smithery');
    // Without tests/ (judged relative to the SDK: the checkout's own path may contain "tests").
    cpSync(sdk, pkg, { recursive: true, filter: (src) => path.relative(sdk, src).split(path.sep)[0] !== 'tests' });
    mkdirSync(path.join(pkg, 'node_modules'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules/typescript'), path.join(pkg, 'node_modules/typescript'));
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: pkg,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` },
    });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    mkdirSync(path.join(dir, 'node_modules/@smithery'), { recursive: true });
    symlinkSync(pkg, path.join(dir, 'node_modules/@smithery/api'));

    const check = `c = new Smithery({ apiKey: 'k', baseURL: 'http://127.0.0.1:1' });
      if (typeof c.servers.releases.get !== 'function' || NotFoundError.name !== 'NotFoundError') throw new Error('bad');
      console.log(c.baseURL);`;
    writeFileSync(path.join(dir, 'esm.mjs'), `import Smithery, { NotFoundError } from '@smithery/api';\nlet ${check}`);
    writeFileSync(
      path.join(dir, 'cjs.cjs'),
      `const { Smithery, NotFoundError } = require('@smithery/api');\nlet ${check}`,
    );
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim(), file).toBe('http://127.0.0.1:1');
    }
  });
});
