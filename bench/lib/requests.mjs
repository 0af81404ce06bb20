// Per-request overhead of a generated SDK against raw fetch, on a local 127.0.0.1 server (another process).
// `count` GET requests per measurement, sequential and `concurrency` at a time, raw and SDK alternating
// for `rounds` rounds; the caller reports the median round.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function program({ sdkIndex, clientClass, call, urlPath }) {
  return `import { ${clientClass} } from ${JSON.stringify(sdkIndex)};
const [port, count, concurrency, rounds] = process.argv.slice(2).map(Number);
const base = 'http://127.0.0.1:' + port;
const client = new ${clientClass}({ apiKey: 'k', bearerToken: 'k', accessToken: 'k', baseURL: base });
const raw = async () => {
  const response = await fetch(base + ${JSON.stringify(urlPath)});
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.json();
};
const sdk = () => ${call};
let cpuMs = 0;
/** Wall milliseconds of n calls, c at a time; their CPU milliseconds (this process, user + system) in cpuMs. */
async function run(fn, n, c) {
  let started = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  await Promise.all(Array.from({ length: c }, async () => {
    while (started++ < n) await fn();
  }));
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  cpuMs = (used.user + used.system) / 1000;
  return ms;
}
const check = await sdk();
if (!check || typeof check !== 'object') throw new Error('unexpected SDK result ' + JSON.stringify(check));
await run(raw, Math.min(count, 1000), concurrency);
await run(sdk, Math.min(count, 1000), concurrency);
const result = {};
for (const [mode, c] of [['sequential', 1], ['concurrent', concurrency]]) {
  const times = { raw: [], sdk: [] };
  // CPU time of the client process: on a busy machine it suffers less than wall time.
  const cpu = { raw: [], sdk: [] };
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so that drift (GC, JIT, a busy neighbour) hits both alike.
    for (const which of r % 2 ? ['sdk', 'raw'] : ['raw', 'sdk']) {
      times[which].push(await run(which === 'raw' ? raw : sdk, count, c));
      cpu[which].push(cpuMs);
    }
  }
  result[mode] = { concurrency: c, rawMs: times.raw, sdkMs: times.sdk, rawCpuMs: cpu.raw, sdkCpuMs: cpu.sdk };
}
process.stdout.write(JSON.stringify(result) + '\\n');
`;
}

export async function requestOverhead({ dir, sdkOut, clientClass, call, urlPath, count, concurrency, rounds }) {
  const file = await bundleProgram(
    dir,
    'requests',
    program({ sdkIndex: path.join(sdkOut, 'src/index.ts'), clientClass, call, urlPath }),
  );
  const server = spawn(process.execPath, [path.join(here, 'request-server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`request server exited (${code})`)));
      server.stdout.once('data', (d) => resolve(Number(String(d).trim())));
    });
    const out = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [file, String(port), String(count), String(concurrency), String(rounds)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(stdout)
          : reject(new Error(`request benchmark failed (${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)),
      );
    });
    return JSON.parse(out.trim().split('\n').pop());
  } finally {
    server.kill();
  }
}
