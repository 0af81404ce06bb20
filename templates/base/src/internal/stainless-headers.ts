/**
 * The headers Stainless's SDKs send with every request, sent by a client generated from a Stainless config:
 * servers written for those SDKs may read them (requests counted by SDK version, runtime or OS). Only such a client
 * imports this module.
 */
import type { StainlessHeaders } from '../core/base-client.js';

/** What a runtime exposes that the headers are read from; each part is absent where the runtime has none. */
interface RuntimeGlobals {
  Deno?: { build?: { os?: string; arch?: string }; version?: string | { deno?: string } };
  EdgeRuntime?: string;
  process?: { platform?: string; arch?: string; version?: string };
  navigator?: { userAgent?: string };
}

const RETRY_COUNT = 'x-stainless-retry-count';

/**
 * `User-Agent: Acme/JS 1.2.3` and the `X-Stainless-*` description of the runtime (read once per client), with each
 * call's timeout in seconds and each attempt's retry count: a count the caller's headers set or removed stays so.
 */
export function stainlessHeaders(clientName: string, version: string): StainlessHeaders {
  const fixed = { 'User-Agent': `${clientName}/JS ${version}`, ...platformHeaders(version) };
  return {
    headers: (timeoutMs) => ({
      ...fixed,
      [RETRY_COUNT]: '0',
      'X-Stainless-Timeout': String(Math.trunc(timeoutMs / 1000)),
    }),
    retried: (init, retry) => {
      const [before, now] = [String(retry - 1), String(retry)];
      const headers = init.headers;
      if (headers instanceof Headers) {
        if (headers.get(RETRY_COUNT) === before) headers.set(RETRY_COUNT, now);
      } else if (headers && !Array.isArray(headers)) {
        const record = headers as Record<string, string>;
        if (record[RETRY_COUNT] === before) record[RETRY_COUNT] = now;
      }
    },
  };
}

/**
 * The `X-Stainless-*` description of the SDK and its runtime, what Stainless's `getPlatformHeaders()` returned (a
 * client's `buildHeaders` written for its SDKs sends them).
 */
export function platformHeaders(version: string): Record<string, string> {
  return {
    'X-Stainless-Lang': 'js',
    'X-Stainless-Package-Version': version,
    ...runtimeHeaders(globalThis as RuntimeGlobals),
  };
}

function runtimeHeaders(g: RuntimeGlobals): Record<string, string> {
  const describe = (os: string, arch: string, runtime: string, runtimeVersion: string) => ({
    'X-Stainless-OS': os,
    'X-Stainless-Arch': arch,
    'X-Stainless-Runtime': runtime,
    'X-Stainless-Runtime-Version': runtimeVersion,
  });
  if (g.Deno?.build) {
    const version = typeof g.Deno.version === 'string' ? g.Deno.version : g.Deno.version?.deno;
    return describe(osName(g.Deno.build.os), archName(g.Deno.build.arch), 'deno', version ?? 'unknown');
  }
  if (typeof g.EdgeRuntime === 'string') {
    return describe('Unknown', `other:${g.EdgeRuntime}`, 'edge', g.process?.version ?? 'unknown');
  }
  // Node, and runtimes that present themselves as Node (Bun).
  if (Object.prototype.toString.call(g.process) === '[object process]') {
    return describe(
      osName(g.process?.platform),
      archName(g.process?.arch),
      'node',
      g.process?.version ?? 'unknown',
    );
  }
  const browser = browserOf(g.navigator?.userAgent);
  if (browser) return describe('Unknown', 'unknown', `browser:${browser.name}`, browser.version);
  return describe('Unknown', 'unknown', 'unknown', 'unknown');
}

/** Stainless's names for operating systems; `Other:<name>` for the rest. */
function osName(platform: string | undefined): string {
  if (!platform) return 'Unknown';
  const p = platform.toLowerCase();
  if (p === 'darwin' || p === 'macos') return 'MacOS';
  if (p.startsWith('win')) return 'Windows';
  const known: Record<string, string> = {
    linux: 'Linux',
    freebsd: 'FreeBSD',
    openbsd: 'OpenBSD',
    android: 'Android',
    ios: 'iOS',
  };
  return known[p] ?? `Other:${platform}`;
}

/** Stainless's names for architectures; `other:<name>` for the rest. */
function archName(arch: string | undefined): string {
  if (!arch) return 'unknown';
  if (arch === 'x64' || arch === 'x86_64') return 'x64';
  if (arch === 'arm64' || arch === 'aarch64') return 'arm64';
  if (arch === 'arm') return 'arm';
  if (arch === 'ia32' || arch === 'x32' || arch === 'x86') return 'x32';
  return `other:${arch}`;
}

/** The browser a user agent string names (Edge before Chrome, whose token Edge's carries too), with its version. */
function browserOf(userAgent: string | undefined): { name: string; version: string } | null {
  if (!userAgent) return null;
  const browsers: Array<[string, RegExp]> = [
    ['ie', /MSIE (\d+)(?:\.(\d+))?/],
    ['ie', /Trident\/.*rv:(\d+)(?:\.(\d+))?/],
    ['edge', /Edg(?:e|A|iOS)?\/(\d+)(?:\.(\d+))?(?:\.(\d+))?/],
    ['chrome', /Chrome\/(\d+)(?:\.(\d+))?(?:\.(\d+))?/],
    ['firefox', /Firefox\/(\d+)(?:\.(\d+))?(?:\.(\d+))?/],
    ['safari', /Version\/(\d+)(?:\.(\d+))?(?:\.(\d+))?.*Safari\//],
  ];
  for (const [name, pattern] of browsers) {
    const match = pattern.exec(userAgent);
    if (match) return { name, version: `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}` };
  }
  return null;
}
