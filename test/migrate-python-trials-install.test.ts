/**
 * A Python trial installs the package it measures (bench/migrate-trials/lib/python-install.mjs): the build backend
 * its pyproject.toml's [build-system] names, from the wheels this machine reaches, the newest there is where the pinned
 * one is not. The build itself (pip, a minute on a loaded machine) runs with SDKGEN_PYTHON_TESTS=full.
 */
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { buildRequires, installPackage } from '../bench/migrate-trials/lib/python-install.mjs';
import { tempDir } from './helpers/sdk';

const PYPROJECT = `[project]
name = "acme"
version = "0.1.0"
requires-python = ">=3.9"

[build-system]
requires = [
  "hatchling==0.0.1",  # a version no index has
  'packaging',
]
build-backend = "hatchling.build"

[tool.hatch.build.targets.wheel]
packages = ["src/acme"]
`;
const VENV = path.join(__dirname, '.tmp/python-venv/bin/python');

describe("the Python trial's package install", () => {
  it("reads [build-system]'s requirements, on one line or several, and nothing of other tables", () => {
    expect(buildRequires(PYPROJECT)).toEqual(['hatchling==0.0.1', 'packaging']);
    expect(buildRequires('[build-system]\nrequires = ["setuptools>=61"]\n[tool.x]\nrequires = ["no"]\n')).toEqual([
      'setuptools>=61',
    ]);
    expect(buildRequires('[project]\nname = "x"\n')).toEqual([]);
  });

  it.runIf(process.env.SDKGEN_PYTHON_TESTS === 'full' && existsSync(VENV))(
    'builds and installs the package, with the newest backend here in place of a pin there is not',
    () => {
      const dir = tempDir('python-install');
      mkdirSync(path.join(dir, 'src/acme'), { recursive: true });
      writeFileSync(path.join(dir, 'src/acme/__init__.py'), 'VALUE = 1\n');
      writeFileSync(path.join(dir, 'pyproject.toml'), PYPROJECT);
      const target = path.join(dir, '.site');
      const result = installPackage(dir, VENV, target, path.join(dir, '.build-deps'));
      expect(result.ok, result.log).toBe(true);
      expect(result.reason).toContain('hatchling==0.0.1 (the newest hatchling here instead)');
      expect(readdirSync(target).sort()).toEqual(['acme', 'acme-0.1.0.dist-info']);
      // No pyproject.toml: said, not thrown.
      const empty = tempDir('python-install');
      expect(installPackage(empty, VENV, target, path.join(dir, '.build-deps')).reason).toBe('no pyproject.toml');
    },
    600_000,
  );
});
