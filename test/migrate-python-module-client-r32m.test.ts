/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK with Stainless's module-level client (its
 * `src/<pkg>/_module_client.py`, banner first, the owners' lines after it or not): the derived config turns
 * `targets.python.options.module_client` on, so sdkgen writes the module client and the owners' edits to it land
 * (replicate-python's `replicate.run`/`use`/`stream` beside `replicate.models`). A `_module_client.py` of the owners'
 * own (no banner) stays theirs: the option is left off, as without the module. pyproject.toml's licence is the
 * config's `settings.license`.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../generator/diagnostics';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { parseStainlessConfig } from '../generator/stainless/config';

const API_MD = `# Models

Methods:

- <code title="get /models">client.models.<a href="./src/acme/resources/models.py">list</a>() -> <a href="./src/acme/types/model_list_response.py">ModelListResponse</a></code>
`;

const STAINLESS_MODULE_CLIENT = `# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import cast, override

if TYPE_CHECKING:
    from .resources.models import ModelsResource

from . import _load_client
from ._utils import LazyProxy


class ModelsResourceProxy(LazyProxy["ModelsResource"]):
    @override
    def __load__(self) -> ModelsResource:
        return _load_client().models


def run(*args, **kwargs):
    return _load_client().run(*args, **kwargs)

models: ModelsResource = ModelsResourceProxy().__as_proxied__()
`;

function derived(moduleClient: string | null, pyproject?: string) {
  const files = [
    { path: 'api.md', text: API_MD },
    ...(pyproject === undefined ? [] : [{ path: 'pyproject.toml', text: pyproject }]),
    ...(moduleClient === null ? [] : [{ path: 'src/acme/_module_client.py', text: moduleClient }]),
  ];
  const result = derivePythonConfig(files as never, 'acme');
  expect(result).not.toBeNull();
  const diagnostics = new Diagnostics();
  const config = parseStainlessConfig(yaml.load(result!.text), 'stainless.yml', result!.text, diagnostics);
  const raw = yaml.load(result!.text) as { targets: { python: Record<string, unknown> }; settings?: unknown };
  return { raw, config, diagnostics };
}

describe("migrate --from-repo (Python): Stainless's module-level client", () => {
  it("turns the option on where the repository holds Stainless's _module_client.py, with the owners' lines in it", () => {
    const { raw, config, diagnostics } = derived(STAINLESS_MODULE_CLIENT);
    expect(raw.targets.python.options).toEqual({ module_client: true });
    expect(config.pythonTarget?.moduleClient).toBe(true);
    expect(diagnostics.warnings.map((w) => w.message)).toEqual([]);
  });

  it("leaves it off without the module, or where the module is the owners' own", () => {
    for (const module of [null, STAINLESS_MODULE_CLIENT.split('\n').slice(2).join('\n')]) {
      const { raw, config } = derived(module);
      expect(raw.targets.python.options).toBeUndefined();
      expect(config.pythonTarget?.moduleClient).toBe(false);
    }
  });

  // (h-py-new's reader, project-license.ts, wired in here: the spec's `info.license` need not be the SDK's.)
  it("carries pyproject.toml's licence as the config's settings.license", () => {
    const pyproject = '[project]\nname = "acme"\nlicense = "Apache-2.0"\n\n[tool.ruff]\nline-length = 120\n';
    expect(derived(null, pyproject).raw.settings).toEqual({ license: 'Apache-2.0' });
    expect(derived(null, '[project]\nname = "acme"\n').raw.settings).toBeUndefined();
  });
});
