/**
 * Any valid spec generates a clean SDK; any broken one gets a clear error. Seeded documents (documents.ts) across
 * Swagger 2.0, OpenAPI 3.0 and 3.1, in JSON, block YAML and flow YAML, each accepted by an OpenAPI validator
 * (@apidevtools/swagger-parser) before it counts:
 *   - every valid one generates, and the SDKs with their generated tests type-check together in one tsc --strict run;
 *   - every broken twin (a valid one broken one way) is a SpecError naming the file and the pointer (or the line of
 *     a syntax error), not a crash, and leaves the output folder, which holds its valid twin's SDK, untouched.
 * More of them: see PER_VERSION.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/api';
import { MAX_VALUE_DEPTH } from '../../generator/load/limits';
import { typeCheckStrict } from '../helpers/generated-tests';
import { removeWhenAllPass, tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import {
  brokenTwins,
  validDocument,
  type BrokenDocument,
  type Syntax,
  type ValidDocument,
  type Version,
} from './documents';
import { treeFingerprint as fingerprint } from '../helpers/tree-fingerprint';

const SEED = 92;
const VERSIONS: Version[] = ['2.0', '3.0.3', '3.1.0'];
const SYNTAXES: Syntax[] = ['json', 'yaml', 'flow-yaml'];

/**
 * Documents a version, the syntaxes taken in turn: every version and every syntax is met with one a version (`npm
 * test`'s time budget), and two with SDKGEN_SLOW_TESTS=full (`npm run test:slow`, CI's).
 * `SDKGEN_GENERATED_INPUTS=50 npx vitest run test/generated-inputs` runs a larger set.
 */
const PER_VERSION = Number(process.env.SDKGEN_GENERATED_INPUTS ?? (SLOW_FULL ? 2 : 1));
const documents: ValidDocument[] = VERSIONS.flatMap((version, v) =>
  Array.from({ length: PER_VERSION }, (_, i) =>
    validDocument(SEED * 1000 + v * 100 + i, version, SYNTAXES[(PER_VERSION * v + i) % SYNTAXES.length]!),
  ),
);

let root: string;
removeWhenAllPass(() => root);

/**
 * What the validator finds wrong with `value`, or null: the OpenAPI JSON Schema of its version, then the rules the
 * schema cannot say (unique operationIds, declared path parameters…). The second pass reads spec names as keys of
 * plain objects and crashes (a TypeError) on a property named `hasOwnProperty`: such a crash is its bug, not a
 * finding, and the schema's verdict stands.
 */
async function validationProblem(value: Record<string, unknown>): Promise<string | null> {
  // (The validator dereferences the value it is given in place.)
  const run = (validate: { schema: boolean; spec: boolean }) =>
    SwaggerParser.validate(structuredClone(value) as never, { validate } as never);
  try {
    await run({ schema: true, spec: false });
  } catch (error) {
    return (error as Error).message;
  }
  try {
    await run({ schema: false, spec: true });
  } catch (error) {
    if (!(error instanceof TypeError)) return (error as Error).message;
  }
  return null;
}

const outputOf = (doc: ValidDocument) => path.join(root, doc.name);

function generateInto(file: string, output: string) {
  return generate({ spec: file, output, cwd: root, config: false, formatter: 'none', referenceDocs: false });
}

beforeAll(() => {
  root = tempDir('generated-inputs');
});

describe('generated valid documents', () => {
  it('are valid OpenAPI, by an independent validator', async () => {
    const problems: string[] = [];
    for (const doc of documents) {
      const problem = await validationProblem(doc.value);
      if (problem !== null) problems.push(`${doc.name}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('each generate an SDK, with no error', async () => {
    const failures: string[] = [];
    for (const doc of documents) {
      const file = path.join(root, doc.file);
      writeFileSync(file, doc.text);
      try {
        const result = await generateInto(file, outputOf(doc));
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) failures.push(`${doc.name}: ${errors.map((d) => d.message).join('; ')}`);
      } catch (error) {
        failures.push(`${doc.name}: ${(error as Error).stack ?? String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    // The names the documents were drawn for reached the SDKs.
    const sources = documents.map((doc) => readFileSync(path.join(outputOf(doc), 'src/resources/nodes.ts'), 'utf8'));
    expect(sources.join('\n')).toMatch(/\btoString\b|\bconstructor\b|\b__proto__\b|\bvalueOf\b/);
  });

  it('give SDKs that type-check, with their generated tests (one tsc --strict run)', () => {
    const include = documents.flatMap((doc) => [`${doc.name}/src/**/*.ts`, `${doc.name}/tests/**/*.ts`]);
    const { status, output } = typeCheckStrict(root, include);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

describe('their broken twins', () => {
  const twins: Array<{ doc: ValidDocument; broken: BrokenDocument }> = documents.flatMap((doc) =>
    brokenTwins(doc).map((broken) => ({ doc, broken })),
  );

  it('the 5,000-deep twin is refused at the first value too deep', () => {
    const deep = twins.find(({ broken }) => broken.code === 'value-too-deep')!;
    expect(deep.broken.pointer).toBe(`#/x-deep${'/0'.repeat(MAX_VALUE_DEPTH - 1)}`);
  });

  it.for(twins.map(({ doc, broken }) => ({ name: broken.name, doc, broken })))(
    '$name: a clear error, the output folder untouched',
    async ({ doc, broken }) => {
      writeFileSync(path.join(root, broken.file), broken.text);
      const output = outputOf(doc);
      const before = fingerprint(output);
      const error = await generateInto(broken.file, output).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: 'SpecError', code: broken.code, file: path.join(root, broken.file) });
      const { pointer, line } = error as { pointer: string | null; line?: number };
      if (broken.pointer !== undefined) expect(pointer).toBe(broken.pointer);
      else if (/^malformed-/.test(broken.code)) expect(line).toBeGreaterThan(0);
      else expect(pointer).toMatch(/^#\/./);
      expect(fingerprint(output)).toEqual(before);
    },
  );
});
