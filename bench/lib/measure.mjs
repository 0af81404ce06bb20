// Running a command and measuring it: wall time (measured here, around the spawn), peak RSS and CPU time.
//
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the kernel's ru_maxrss for the child) when it is
// there; otherwise from polling /proc/<pid>/status (VmHWM, the high-water mark, read every 5 ms: it can
// miss the last few ms of growth); otherwise it is unknown (null). CPU time is user + system, all threads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { statTime } from './proc-stat.mjs';

let method;

/** How peak RSS is measured here: 'gnu-time', 'proc' or 'none'. */
export function rssMethod() {
  if (method) return method;
  method = 'none';
  if (existsSync('/usr/bin/time')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-bench-time-'));
    const file = path.join(dir, 'out');
    const probe = spawnSync('/usr/bin/time', ['-o', file, '-f', '%M %U %S', 'true']);
    if (probe.status === 0 && existsSync(file) && /^\d+ [\d.]+ [\d.]+$/.test(readFileSync(file, 'utf8').trim()))
      method = 'gnu-time';
    rmSync(dir, { recursive: true, force: true });
  }
  if (method === 'none' && existsSync('/proc/self/status')) method = 'proc';
  return method;
}

function readHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function readCpuMs(pid) {
  try {
    return statTime(readFileSync(`/proc/${pid}/stat`, 'utf8')).ms;
  } catch {
    return null;
  }
}

/**
 * Run `cmd args` and measure it.
 * @returns {Promise<{ code: number, wallMs: number, rssMb: number|null, cpuMs: number|null, stdout: string, stderr: string }>}
 */
export function measure(cmd, args, { cwd, env, timeoutMs = 20 * 60_000 } = {}) {
  const how = rssMethod();
  const dir = how === 'gnu-time' ? mkdtempSync(path.join(os.tmpdir(), 'sdkgen-bench-time-')) : null;
  const timeFile = dir ? path.join(dir, 'out') : null;
  const [file, argv] =
    how === 'gnu-time' ? ['/usr/bin/time', ['-o', timeFile, '-f', '%M %U %S', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < 1_000_000) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1_000_000) stderr += d;
    });
    let hwm = null;
    let cpu = null;
    const poll =
      how === 'proc'
        ? setInterval(() => {
            hwm = readHwmKb(child.pid) ?? hwm;
            cpu = readCpuMs(child.pid) ?? cpu;
          }, 5)
        : null;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (dir) rmSync(dir, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let rssMb = hwm === null ? null : hwm / 1024;
      let cpuMs = cpu;
      if (timeFile) {
        const last = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop() : '';
        const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last ?? '');
        if (m) {
          rssMb = Number(m[1]) / 1024;
          cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
        }
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({ code: code ?? (signal ? 128 : 1), wallMs, rssMb, cpuMs, stdout, stderr });
    });
  });
}

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Least-squares slope of log(y) against log(x): 1 means cost grows linearly with size, 2 quadratically. */
export function growthExponent(points) {
  const p = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (p.length < 2) return null;
  const mx = p.reduce((s, [x]) => s + x, 0) / p.length;
  const my = p.reduce((s, [, y]) => s + y, 0) / p.length;
  const num = p.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = p.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? null : num / den;
}
