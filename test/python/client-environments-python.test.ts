/**
 * A client with `environments`: as a Stainless client, `base_url` is left out by default (`not_given`), so that an
 * `environment` given while the base URL environment variable is set is refused as ambiguous unless `base_url=None`
 * says to use the environment. With SDKGEN_PYTHON_TESTS=full the client is built in Python.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

const CHECK = `
import os
from envs_sdk import Envs, AsyncEnvs

def attempt(name, build):
    try:
        print(f"{name}|{build().base_url}")
    except ValueError as err:
        print(f"{name}|ValueError: {err}")

for cls in (Envs, AsyncEnvs):
    os.environ.pop("ENVS_BASE_URL", None)
    attempt("default", lambda: cls())
    attempt("environment", lambda: cls(environment="sandbox"))
    os.environ["ENVS_BASE_URL"] = "http://from.env/v1"
    attempt("env var", lambda: cls())
    attempt("env var and environment", lambda: cls(environment="sandbox"))
    attempt("env var, environment, base_url=None", lambda: cls(environment="sandbox", base_url=None))
    attempt("base_url wins", lambda: cls(environment="sandbox", base_url="http://given/"))
`;

describe('a client with environments', () => {
  const { out } = pythonSdk('py-environments', {
    spec: path.join(FIXTURES, 'environments.yaml'),
    config: path.join(FIXTURES, 'environments.stainless.yml'),
  });

  it('leaves base_url out by default and names the environment variable when both are given', () => {
    const client = readFileSync(path.join(out, 'src/envs_sdk/_client.py'), 'utf8');
    expect(client.match(/ {8}base_url: str \| httpx\.URL \| None \| NotGiven = not_given,/g)).toHaveLength(2);
    expect(client).toContain(
      '"Ambiguous URL; The `ENVS_BASE_URL` env var and the `environment` argument are given. If you want to use the environment, you must pass base_url=None"',
    );
  });

  it.runIf(PYTHON_FULL)(
    'refuses an environment with the env var set unless base_url=None',
    async () => {
      const result = await runProcess(venvPython(), ['-c', CHECK], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      const ambiguous =
        'ValueError: Ambiguous URL; The `ENVS_BASE_URL` env var and the `environment` argument are given. If you want to use the environment, you must pass base_url=None';
      const lines = [
        'default|https://api.example.com',
        'environment|https://sandbox.example.com',
        'env var|http://from.env/v1/',
        `env var and environment|${ambiguous}`,
        'env var, environment, base_url=None|https://sandbox.example.com',
        'base_url wins|http://given/',
      ];
      expect(result.stdout.trim().split('\n')).toEqual([...lines, ...lines]);
    },
    120_000,
  );
  if (!PYTHON_FULL) it.skip(`client construction: ${FULL_ONLY_NOTICE}`, () => {});
});
