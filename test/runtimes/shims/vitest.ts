/**
 * A stand-in for the slice of `vitest` that the per-endpoint tests generated into an SDK use (`describe`, `it`,
 * `expect(...).toBe / toBeInstanceOf / toBeUndefined / toHaveProperty`, and `.not`), so those same test files
 * run under runtimes vitest does not: Deno (tests are registered with `Deno.test`) and workerd (tests are
 * collected, then run by `runCollected()` from the worker's `test()` handler). Bun needs no shim: `bun test`
 * maps `vitest` imports onto its own runner.
 */
type TestFn = () => unknown;
interface Collected {
  name: string;
  fn: TestFn;
}

const collected: Collected[] = [];
const scopes: string[] = [];

interface DenoLike {
  test(name: string, fn: TestFn): void;
}

export function describe(name: string, fn: () => void): void {
  scopes.push(name);
  try {
    fn();
  } finally {
    scopes.pop();
  }
}

export function it(name: string, fn: TestFn): void {
  const full = [...scopes, name].join(' > ');
  const deno = (globalThis as { Deno?: DenoLike }).Deno;
  if (deno) deno.test(full, fn);
  else collected.push({ name: full, fn });
}

export const test = it;

function show(value: unknown): string {
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (value instanceof Response) return `Response(${value.status})`;
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}

class Assertion {
  constructor(
    private readonly actual: unknown,
    private readonly negated = false,
  ) {}

  get not(): Assertion {
    return new Assertion(this.actual, !this.negated);
  }

  private check(pass: boolean, message: string): void {
    if (pass === this.negated) throw new Error(`expected ${show(this.actual)} ${this.negated ? 'not ' : ''}${message}`);
  }

  toBe(expected: unknown): void {
    this.check(Object.is(this.actual, expected), `to be ${show(expected)}`);
  }

  toEqual(expected: unknown): void {
    this.check(JSON.stringify(this.actual) === JSON.stringify(expected), `to equal ${show(expected)}`);
  }

  toBeInstanceOf(type: abstract new (...args: never[]) => unknown): void {
    this.check(this.actual instanceof type, `to be an instance of ${type.name}`);
  }

  toBeUndefined(): void {
    this.check(this.actual === undefined, 'to be undefined');
  }

  toBeTruthy(): void {
    this.check(Boolean(this.actual), 'to be truthy');
  }

  toHaveProperty(key: string): void {
    this.check(this.actual != null && key in Object(this.actual), `to have property ${key}`);
  }
}

export function expect(actual: unknown): Assertion {
  return new Assertion(actual);
}

export interface RunReport {
  passed: string[];
  failed: Array<{ name: string; error: string }>;
}

/** Runs the tests collected so far (outside Deno), one after another. */
export async function runCollected(): Promise<RunReport> {
  const report: RunReport = { passed: [], failed: [] };
  for (const { name, fn } of collected) {
    try {
      await fn();
      report.passed.push(name);
    } catch (error) {
      report.failed.push({ name, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return report;
}
