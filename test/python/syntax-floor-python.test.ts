/**
 * A generated package declares the oldest Python it supports (`requires-python`, ">= 3.9" as Stainless's); only 3.11
 * runs here, so its code is held to that floor statically: every module parses under the floor's grammar
 * (`ast.parse(..., feature_version=...)`: no `match`, no `except*`, no `type` statement...), and no `A | B` of types is
 * evaluated at run time (outside annotations, which `from __future__ import annotations` leaves unevaluated), as a
 * union before 3.10 raises TypeError on import. Checked on the committed flagship and on the fixture specs' SDKs: every
 * one with SDKGEN_PYTHON_TESTS=full (`npm run test:python`, CI's), a sample of them in `npm test` (DEFAULT_SPECS).
 */
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { FULL_ONLY_NOTICE, generatePython, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

/** Prints one line per module of each package (argv) that goes beyond its declared floor; "floor 3.N" per package. */
const FLOOR_CHECK = `
import ast, pathlib, re, sys

def runtime_unions(tree):
    annotations = set()
    for node in ast.walk(tree):
        for field in ("annotation", "returns"):
            value = getattr(node, field, None)
            if value is not None:
                annotations.update(id(sub) for sub in ast.walk(value))
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr) and id(node) not in annotations:
            sides = (node.left, node.right)
            if all(isinstance(side, (ast.Name, ast.Attribute, ast.Subscript)) or (isinstance(side, ast.Constant) and side.value is None) for side in sides):
                yield node

for package in sys.argv[1:]:
    root = pathlib.Path(package)
    minor = int(re.search(r'requires-python = ">= *3\\.(\\d+)"', (root / "pyproject.toml").read_text()).group(1))
    print(f"{root.name}: floor 3.{minor}")
    for module in sorted(root.rglob("*.py")):
        where = f"{root.name}/{module.relative_to(root)}"
        source = module.read_text()
        try:
            tree = ast.parse(source, feature_version=(3, minor))
        except SyntaxError as error:
            print(f"{where}:{error.lineno}: {error.msg}")
            continue
        if minor < 10:
            for node in runtime_unions(tree):
                print(f"{where}:{node.lineno}: a union evaluated at run time: {ast.unparse(node)}")
`;

/**
 * The fixture specs `npm test` takes (the runtime modules are the same in every SDK; what differs is the code made from
 * the spec): the most types and examples, recursive models (rebuilt after their module), unions named by aliases
 * (the runtime unions the check looks for), webhooks, streams, bodies of every kind, and petstore (the check's own
 * sample below is a copy of its SDK).
 */
const DEFAULT_SPECS = [
  'bodies.yaml',
  'cyclic-steps.yaml',
  'petstore.yaml',
  'stream-split.yaml',
  'switches.yaml',
  'typed-examples.yaml',
  'webhooks.yaml',
];

async function beyondFloor(packages: string[]): Promise<string[]> {
  const result = await runProcess(venvPython(), ['-c', FLOOR_CHECK, ...packages], { timeout: 120_000 });
  if (result.code !== 0) throw new Error(`the floor check failed:\n${result.stderr}`);
  return result.stdout.trim().split('\n');
}

describe("generated Python code stays within the package's declared Python floor", () => {
  const fixtures = path.join(import.meta.dirname, 'fixtures');
  const out = tempDir('py-syntax-floor');
  const every = readdirSync(fixtures).filter((file) => file.endsWith('.yaml'));
  const specs = PYTHON_FULL ? every : every.filter((spec) => DEFAULT_SPECS.includes(spec));
  beforeAll(() => {
    // A renamed fixture must not leave the sample short.
    expect(DEFAULT_SPECS.filter((spec) => !every.includes(spec))).toEqual([]);
    if (!PYTHON_FULL)
      console.log(
        `syntax-floor-python: ${specs.length} of ${every.length} fixture specs; the others ${FULL_ONLY_NOTICE}`,
      );
    for (const spec of specs) {
      const name = spec.replace(/\.yaml$/, '');
      const config = path.join(fixtures, `${name}.stainless.yml`);
      generatePython(path.join(fixtures, spec), path.join(out, name), existsSync(config) ? config : undefined);
    }
    // (Every fixture with SDKGEN_PYTHON_TESTS=full: minutes on a loaded machine.)
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('flags what a 3.9 package may not hold (the check itself)', async () => {
    const sample = path.join(out, 'sample');
    cpSync(path.join(out, 'petstore'), sample, { recursive: true });
    writeFileSync(
      path.join(sample, 'src', 'beyond.py'),
      'from typing import Optional\nAlias = Optional[int] | None\n\ndef f(x: int | None) -> int | str:\n    match x:\n        case _:\n            return 0\n',
    );
    const report = await beyondFloor([sample]);
    expect(report.filter((line) => line.includes('beyond.py'))).toEqual([
      'sample/src/beyond.py:7: Pattern matching is only supported in Python 3.10 and greater',
    ]);
    writeFileSync(path.join(sample, 'src', 'beyond.py'), 'from typing import Optional\nAlias = Optional[int] | None\n');
    expect((await beyondFloor([sample])).filter((line) => line.includes('beyond.py'))).toEqual([
      'sample/src/beyond.py:2: a union evaluated at run time: Optional[int] | None',
    ]);
    rmSync(sample, { recursive: true, force: true });
  }, 60_000);

  it(`the flagship and ${PYTHON_FULL ? 'every fixture SDK' : 'a sample of the fixture SDKs'}`, async () => {
    const packages = [
      path.join(ROOT, 'generated/smithery-python'),
      ...specs.map((s) => path.join(out, s.replace(/\.yaml$/, ''))),
    ];
    const report = await beyondFloor(packages);
    expect(report.filter((line) => !/: floor 3\.\d+$/.test(line))).toEqual([]);
    expect(report.filter((line) => line.endsWith(': floor 3.9'))).toHaveLength(packages.length);
  }, 120_000);
});
