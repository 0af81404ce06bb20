/**
 * A hook of Stainless's client that calls into a module the owners edited is theirs (carried as an override) when the
 * edit changed what it uses there: knock-node's query module re-exported their serialiser, which `stringifyQuery`
 * calls. writer-node's owners only added error classes to `core/error.ts`: Stainless's scalar-only `stringifyQuery`,
 * which reads `Errors.WriterError` from it, stays Stainless's (carried, it refused the array query sdkgen's client
 * test sends; npm test failed).
 */
import { describe, expect, it } from 'vitest';
import { carriedHooks } from '../generator/migrate/owners/client-hooks';
import { editTouches, namesUsed } from '../generator/migrate/owners/edited-declarations';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const client = `import * as Errors from './core/error';
import { stringify } from './internal/utils/query';

export class Acme {
  baseURL: string;

  protected stringifyQuery(query: Record<string, unknown>): string {
    return Object.entries(query)
      .map(([key, value]) => {
        if (typeof value === 'string') return \`\${key}=\${value}\`;
        throw new Errors.AcmeError(\`Cannot stringify type \${typeof value}\`);
      })
      .join('&');
  }

  protected defaultQuery(): Record<string, string | undefined> | undefined {
    return stringify({});
  }
}
`;

const errors = `export class AcmeError extends Error {}

export class APIError extends AcmeError {
  readonly status: number = 0;
}
`;
const query = `export function stringify(query: object): string {
  return '';
}
`;

function hooksWith(edits: Record<string, string>) {
  const base = new Map([
    ['src/core/error.ts', errors],
    ['src/internal/utils/query.ts', query],
  ]);
  const files = new Map<string, RepoFile>(
    [...base].map(([path, text]) => [path, { path, text: edits[path] ?? text } as RepoFile]),
  );
  const edited = (file: RepoFile) => file.text !== base.get(file.path);
  return carriedHooks(client, client, files, edited, null, base);
}

describe('a client hook calling a module the owners edited', () => {
  it('stays Stainless’s where the edit only added beside what it uses', () => {
    const hooks = hooksWith({ 'src/core/error.ts': `${errors}\nexport class LengthError extends AcmeError {}\n` });
    expect((hooks?.methods ?? []).map((m) => m.name)).toEqual([]);
  });

  it('is theirs where the edit changed what it uses (a class it throws, a function it calls)', () => {
    const thrown = hooksWith({ 'src/core/error.ts': errors.replace('{}', '{\n  readonly code = 1;\n}') });
    expect(thrown?.methods.map((m) => m.name)).toEqual(['stringifyQuery']);
    const called = hooksWith({ 'src/internal/utils/query.ts': "export { stringify } from '../../lib/query';\n" });
    expect(called?.methods.map((m) => m.name)).toEqual(['defaultQuery']);
  });
});

describe('editTouches', () => {
  it('reads a namespace’s members, a re-export, and counts what it cannot find as touched', () => {
    expect(namesUsed('throw new Errors.A(); Errors.B.x', 'Errors', '*')).toEqual(['A', 'B']);
    expect(namesUsed('f(Errors)', 'Errors', '*')).toEqual(['*']);
    expect(editTouches(errors, `${errors}export class X {}\n`, ['AcmeError'])).toBe(false);
    expect(editTouches(errors, `${errors}export * from './more';\n`, ['AcmeError'])).toBe(true);
    expect(editTouches(errors, errors, ['Missing'])).toBe(true);
  });
});
