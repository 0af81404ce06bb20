/**
 * When check 5's `npm install` fails, the harness installs again so that checks 6 and 10 still measure something.
 * Without the lockfile was the only way: an install npm refuses for a peer dependency conflict among the owners' own
 * dependencies (openlayer-ts: `@anthropic-ai/claude-agent-sdk` wants zod 4, `@langchain/community` through stagehand
 * zod 3; their Yarn 1 never checks peers) failed the same way again, and checks 6 and 10 measured nothing. Such an
 * install is made again as npm itself suggests, with `--legacy-peer-deps`, and the reason says so.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { fallbackInstall } from '../bench/migrate-trials/lib/install-fallback.mjs';

const eresolve = `npm error code ERESOLVE
npm error ERESOLVE could not resolve
npm error Conflicting peer dependency: zod@3.25.76
npm error Fix the upstream dependency conflict, or retry this command with --force or --legacy-peer-deps`;

describe('the fallback install after npm install failed', () => {
  it('ignores the lockfile, and peer dependencies where npm refused a peer conflict', () => {
    expect(fallbackInstall(eresolve)).toEqual({
      args: ['install', '--no-audit', '--no-fund', '--package-lock=false', '--legacy-peer-deps'],
      said: 'ignoring the lockfile and peer dependencies (npm ERESOLVE)',
    });
  });

  it('ignores the lockfile only for any other failure', () => {
    expect(fallbackInstall('npm error code ETARGET\nnpm error notarget No matching version')).toEqual({
      args: ['install', '--no-audit', '--no-fund', '--package-lock=false'],
      said: 'ignoring the lockfile',
    });
  });
});

describe('the fallback install where a dependency given as a URL could not be fetched', () => {
  const unreachable = `npm error code ENOTFOUND
npm error network request to https://github.com/stainless-api/tsc-multi/releases/download/v1.1.11/tsc-multi.tgz failed, reason: getaddrinfo ENOTFOUND github.com`;
  const pkg = JSON.stringify({
    name: 'acme',
    devDependencies: {
      jest: '30.4.2',
      'tsc-multi': 'https://github.com/stainless-api/tsc-multi/releases/download/v1.1.11/tsc-multi.tgz',
    },
  });

  it('leaves the dependencies given as URLs out of package.json for that install, and says so', () => {
    const again = fallbackInstall(unreachable, pkg);
    expect(again.args).toEqual(['install', '--no-audit', '--no-fund', '--package-lock=false']);
    expect(again.without).toEqual(['tsc-multi']);
    expect(JSON.parse(again.pkgText)).toEqual({ name: 'acme', devDependencies: { jest: '30.4.2' } });
    expect(again.said).toBe('ignoring the lockfile, without tsc-multi (given as URLs)');
  });

  it('keeps package.json as it is for another failure', () => {
    expect(fallbackInstall('npm error code ETARGET', pkg).without).toBeUndefined();
  });
});
