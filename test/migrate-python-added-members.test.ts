/**
 * Kinds of owners' edits to a Stainless Python repository carried by `sdkgen migrate`: methods added to a class whose
 * diff comes out in pieces, a future import the carry placed below other code, a comment above an ignore pattern,
 * several keys of a pyproject.toml table set in one hunk, comments on list items, an edit of a function sdkgen defines
 * in another module, and the models a repository's api.md lists, named in the config `--from-repo` writes.
 */
import { describe, expect, it } from 'vitest';
import {
  reapplyPythonEdits,
  withFutureImportsFirst,
  withoutRepeatedImports,
} from '../generator/migrate/python/reapply/balanced-hunks';
import { indentProblem } from '../generator/migrate/python/soundness/sound-module';
import { editsAsHunks } from '../generator/migrate/reapply/hunks';
import { reapplyLineSetEdits } from '../generator/migrate/reapply/lines';
import { intoTomlValues } from '../generator/migrate/python/project/toml-values';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { intoFunctionsElsewhere } from '../generator/migrate/python/reapply/functions-elsewhere';
import { emptyMigrationPlan } from '../generator/migrate/migration-plan';

const method = (name: string, cast: string) =>
  [
    `    def ${name}(`,
    '        self,',
    '        agent_id: str,',
    '    ) -> object:',
    '        return self._post(',
    '            f"/agents/{agent_id}/rpc",',
    `            cast_to=${cast},`,
    '        )',
  ].join('\n');

const module = (cast: string, extra = '') =>
  [
    'from ..._resource import SyncAPIResource',
    '',
    '',
    'class AgentsResource(SyncAPIResource):',
    method('rpc', cast),
    '',
    method('rpc_by_name', cast),
    extra,
    '',
    '',
    'class AgentsResourceWithRawResponse:',
    '    def __init__(self, agents: AgentsResource) -> None:',
    '        self._agents = agents',
    '',
  ].join('\n');

// The owners' methods: bodies indented by two spaces, whitespace-only lines, blank lines and closing brackets that the
// diff matches with Stainless's own.
const theirs = (name: string) =>
  [
    '    ',
    `    def ${name}(`,
    '      self,',
    '      agent_id: str,',
    '    ) -> object:',
    '      response = self.rpc(',
    '        agent_id,',
    '        )',
    '',
    '      if response is None:',
    '        raise ValueError("no response")',
    '      ',
    '      return response',
  ].join('\n');

describe('methods the owners added to a class of Stainless’s', () => {
  it('go whole into sdkgen’s class of the same name, after the member they follow, the module sound', () => {
    const stainless = module('AgentRpcResponse');
    const edited = module('AgentRpcResponse', `${theirs('create_task')}\n${theirs('cancel_task')}`);
    const sdkgen = module('AgentRpcByNameResponse');
    const carried = reapplyPythonEdits(stainless, edited, sdkgen, {});
    expect(carried.rejected).toEqual([]);
    expect(indentProblem(carried.text)).toBeNull();
    const lines = carried.text.split('\n');
    const at = (text: string) => lines.indexOf(text);
    expect(at('    def create_task(')).toBeGreaterThan(at('    def rpc_by_name('));
    expect(at('    def cancel_task(')).toBeGreaterThan(at('    def create_task('));
    expect(at('    def cancel_task(')).toBeLessThan(at('class AgentsResourceWithRawResponse:'));
    expect(carried.text).toContain('cast_to=AgentRpcByNameResponse');
    expect(carried.text).toContain('      return response\n');
  });
});

describe('a future import the carry placed below other code', () => {
  it('goes first, after the docstring and comments', () => {
    const text = '# header\n"""Doc."""\nfrom typing import Any\n\nfrom __future__ import annotations\nx: Any = 1\n';
    expect(withFutureImportsFirst(text)).toBe(
      '# header\n"""Doc."""\nfrom __future__ import annotations\n\nfrom typing import Any\n\nx: Any = 1\n',
    );
    const fine = 'from __future__ import annotations\n\nimport os\n';
    expect(withFutureImportsFirst(fine)).toBe(fine);
  });
});

describe('an ignore pattern the owners added with a comment', () => {
  it('keeps the comment above it', () => {
    const stainless = '.prism.log\n_dev\n';
    const edited = '.prism.log\n_dev\n\n# Claude workspace directories\n.claude-workspace/\n';
    const result = reapplyLineSetEdits(stainless, edited, '.prism.log\n.venv\n_dev\n');
    expect(result.text).toBe('.prism.log\n.venv\n_dev\n# Claude workspace directories\n.claude-workspace/\n');
  });
});

describe('pyproject.toml', () => {
  const stainless = [
    '[project]',
    'name = "acme"',
    'dependencies = [',
    '  "httpx>=0.23.0, <1",',
    ']',
    '',
    '[tool.pyright]',
    '# this enables practically every flag given by pyright.',
    'typeCheckingMode = "strict"',
    'pythonVersion = "3.9"',
    '',
    'exclude = [',
    '    "_dev",',
    ']',
    '',
  ].join('\n');
  const sdkgen = [
    '[project]',
    'name = "acme"',
    'dependencies = ["httpx>=0.23.0, <1", "pydantic>=2, <3"]',
    '',
    '[tool.pyright]',
    '# Strict checking, at the oldest Python the package supports.',
    'typeCheckingMode = "strict"',
    'pythonVersion = "3.9"',
    'exclude = ["_dev", ".sdkgen"]',
    '',
  ].join('\n');

  it('sets each key of a hunk that sets several, with the owners’ comment in place of the one they replaced', () => {
    const edited = stainless.replace(
      '# this enables practically every flag given by pyright.\ntypeCheckingMode = "strict"\npythonVersion = "3.9"',
      '# Default to basic type checking\ntypeCheckingMode = "basic"\npythonVersion = "3.12"',
    );
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, edited) });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain(
      '[tool.pyright]\n# Default to basic type checking\ntypeCheckingMode = "basic"\npythonVersion = "3.12"\n',
    );
  });

  it('keeps the owners’ comments on the list items they added', () => {
    const edited = stainless
      .replace('  "httpx>=0.23.0, <1",', '  "httpx>=0.23.0, <1",\n  "openai>=2.2,<3", # Required by openai-agents')
      .replace('    "_dev",', '    "_dev",\n    # Generated code\n    "src/acme/types",');
    const carried = intoTomlValues(stainless, { text: sdkgen, applied: 0, rejected: editsAsHunks(stainless, edited) });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toContain('"openai>=2.2,<3", # Required by openai-agents\n');
    expect(carried.text).toContain('    # Generated code\n    "src/acme/types",\n');
  });
});

describe('the config --from-repo writes for a Python repository', () => {
  const apiMd = [
    '# Shared Types',
    '',
    '```python',
    'from acme.types import DeleteResponse',
    '```',
    '',
    '# Agents',
    '',
    'Types:',
    '',
    '```python',
    'from acme.types import (',
    '    Agent,',
    '    AcpType,',
    '    AgentListResponse,',
    ')',
    '```',
    '',
    'Methods:',
    '',
    '- <code title="get /agents/{agent_id}">client.agents.<a href="./src/acme/resources/agents/agents.py">retrieve</a>(agent_id) -> <a href="./src/acme/types/agent.py">Agent</a></code>',
    '- <code title="get /agents">client.agents.<a href="./src/acme/resources/agents/agents.py">list</a>() -> <a href="./src/acme/types/agent_list_response.py">AgentListResponse</a></code>',
    '',
  ].join('\n');
  const files = [
    { path: 'api.md', blob: null, text: apiMd },
    {
      path: 'src/acme/types/agent.py',
      blob: null,
      text: 'class Agent(BaseModel):\n    id: str\n\n    kind: AcpType = FieldInfo(alias="acpType")\n',
    },
    {
      path: 'src/acme/types/acp_type.py',
      blob: null,
      text: 'AcpType: TypeAlias = Literal["sync", "async"]\n',
    },
  ];
  const spec = {
    schemas: [
      // Stainless's model named otherwise than the schema: found by its shape.
      { key: 'AgentOut', name: 'AgentOut', shape: { kind: 'object' as const, members: ['acpType', 'id'] } },
      { key: 'ACPKind', name: 'ACPKind', shape: { kind: 'enum' as const, members: ['async', 'sync'] } },
      { key: 'DeleteResponse', name: 'DeleteResponse', shape: null },
    ],
    responseSchemas: new Map([['get /agents/{agent_id}', 'AgentOut']]),
  };

  it('names the models each section lists, by name or by the shape Stainless’s module declares', () => {
    const config = derivePythonConfig(files, 'acme', spec)!;
    expect(config.counts.models).toBe(3);
    expect(config.text).toContain(
      "  $shared:\n    models:\n      delete_response: '#/components/schemas/DeleteResponse'\n",
    );
    expect(config.text).toContain(
      "  agents:\n    models:\n      agent: '#/components/schemas/AgentOut'\n      acp_type: '#/components/schemas/ACPKind'\n",
    );
    // A method's own type is no model; without the spec, none is named.
    expect(config.text).not.toContain('agent_list_response');
    expect(derivePythonConfig(files, 'acme')!.counts.models).toBe(0);
  });
});

describe('an edit of a function sdkgen’s package defines in another module', () => {
  it('is carried into that module, and is no edit left for a person', () => {
    const headers = (extra: string) =>
      [
        'def platform_headers(version: str) -> Dict[str, str]:',
        '    return {',
        '        "X-Stainless-Lang": "python",',
        '        "X-Stainless-Package-Version": version,',
        '        "X-Stainless-Runtime-Version": get_python_version(),',
        extra,
        '    }',
      ]
        .filter(Boolean)
        .join('\n');
    const stainless = `import httpx\n\n\nclass BaseClient:\n    pass\n\n\n${headers('')}\n`;
    const owners = stainless.replace(headers(''), headers('        "X-Acme-Source": "acme-sdk-python",'));
    const sdkgenPlatform = `from functools import lru_cache\n\n\n@lru_cache(maxsize=None)\n${headers('')}\n`;
    const plan = emptyMigrationPlan();
    plan.writes.push(
      { path: 'src/acme/_base_client.py', contents: 'from ._platform import platform_headers as platform_headers\n' },
      { path: 'src/acme/_platform.py', contents: sdkgenPlatform },
    );
    plan.rejected.push({ path: 'src/acme/_base_client.py', hunks: editsAsHunks(stainless, owners) });
    const text = (path: string) => (path === 'src/acme/_base_client.py' ? stainless : null);
    intoFunctionsElsewhere(plan, text, (path) => (path === 'src/acme/_base_client.py' ? owners : null), 'acme');
    expect(plan.rejected).toEqual([]);
    expect(plan.writes[1].contents).toContain(
      '"X-Stainless-Runtime-Version": get_python_version(),\n        "X-Acme-Source": "acme-sdk-python",\n    }',
    );
    expect(plan.reapplied).toEqual([{ path: 'src/acme/_platform.py', hunks: 1 }]);
  });

  // The owners' function reads a name they imported in Stainless's module (`cast`, added to its `from typing import`)
  // and a module-level constant of theirs: both follow it into the module defining it.
  const headers = (extra: string) =>
    [
      'def platform_headers(version: str) -> Dict[str, str]:',
      '    return {',
      '        "X-Stainless-Lang": "python",',
      '        "X-Stainless-Package-Version": version,',
      extra,
      '    }',
    ]
      .filter(Boolean)
      .join('\n');
  const carry = (stainless: string, owners: string, home: string, sdkgenHome: string) => {
    const plan = emptyMigrationPlan();
    plan.writes.push(
      { path: 'src/acme/_base_client.py', contents: `from ${home} import platform_headers as platform_headers\n` },
      { path: `src/acme/${home.replace(/^\./, '').replace('.', '/')}.py`, contents: sdkgenHome },
    );
    plan.rejected.push({ path: 'src/acme/_base_client.py', hunks: editsAsHunks(stainless, owners) });
    const text = (path: string) => (path === 'src/acme/_base_client.py' ? stainless : null);
    intoFunctionsElsewhere(plan, text, (path) => (path === 'src/acme/_base_client.py' ? owners : null), 'acme');
    return plan;
  };

  it('brings the imports and definitions of the owners’ module it reads', () => {
    const stainless = `from typing import Dict\n\nimport httpx\n\n\nclass BaseClient:\n    pass\n\n\n${headers('')}\n`;
    const owners = stainless
      .replace('from typing import Dict\n', 'from typing import Dict, cast\n\nfrom ._utils import source_name\n')
      .replace('class BaseClient:', 'SOURCE = "acme-sdk-python"\n\n\nclass BaseClient:')
      .replace(headers(''), headers('        "X-Acme-Source": cast(str, source_name(SOURCE)),'));
    const sdkgenPlatform = `from typing import Dict\n\nfrom functools import lru_cache\n\n\n@lru_cache(maxsize=None)\n${headers('')}\n`;
    const plan = carry(stainless, owners, '._platform', sdkgenPlatform);
    // (The hunks of the module's own imports and constant are left to the carry of sdkgen's `_base_client.py`.)
    expect(plan.rejected.flatMap((r) => r.hunks).join('\n')).not.toContain('X-Acme-Source');
    expect(plan.reapplied).toEqual([{ path: 'src/acme/_platform.py', hunks: 1 }]);
    const written = plan.writes[1].contents;
    // (Into sdkgen's import from the same module, once.)
    expect(written).toMatch(/^from typing import Dict, cast\n/);
    expect(written.match(/import Dict/g)).toHaveLength(1);
    expect(written).toContain('from ._utils import source_name\n');
    expect(written).toContain('SOURCE = "acme-sdk-python"\n');
    expect(written).toContain('"X-Acme-Source": cast(str, source_name(SOURCE)),');
  });

  it('imports relatively from the folder of the module defining it', () => {
    const stainless = `from typing import Dict\n\n\nclass BaseClient:\n    pass\n\n\n${headers('')}\n`;
    const owners = stainless
      .replace('from typing import Dict\n', 'from typing import Dict\n\nfrom ._utils import source_name\n')
      .replace(headers(''), headers('        "X-Acme-Source": source_name(),'));
    const plan = carry(stainless, owners, '.lib._platform', `from typing import Dict\n\n\n${headers('')}\n`);
    expect(plan.writes[1].path).toBe('src/acme/lib/_platform.py');
    expect(plan.reapplied).toEqual([{ path: 'src/acme/lib/_platform.py', hunks: 1 }]);
    expect(plan.writes[1].contents).toContain('from .._utils import source_name\n');
  });

  // sdkgen's function indents its body by two spaces: their added statement, carried at their four, would leave the
  // module refused by Python (sound-module.ts judges it broken). Nothing is written; the edit is left for a person.
  it('is left for a person where the module it would make does not hold together', () => {
    const stainless = `from typing import Dict\n\n\nclass BaseClient:\n    pass\n\n\n${headers('')}\n`;
    const owners = stainless.replace('    return {', '    version = version.strip()\n    return {');
    const sdkgenPlatform = `from typing import Dict\n\n\n${headers('').replace(/^ {4}/gm, '  ')}\n`;
    const plan = carry(stainless, owners, '._platform', sdkgenPlatform);
    expect(plan.writes[1].contents).toBe(sdkgenPlatform);
    expect(plan.reapplied).toEqual([]);
    expect(plan.rejected.flatMap((r) => r.hunks).join('\n')).toContain('+    version = version.strip()');
  });

  // A module of sdkgen's whose indentation reads as broken (here a body at no indent; so would a form this reading
  // misjudged): what the function reads comes as imports alone, which need no reading of its statements.
  it('into a module of sdkgen’s whose indentation reads as broken, brings the imports it reads', () => {
    const stainless = `from typing import Dict\n\n\nclass BaseClient:\n    pass\n\n\n${headers('')}\n`;
    const owners = stainless
      .replace('from typing import Dict\n', 'from typing import Dict, cast\n')
      .replace(headers(''), headers('        "X-Acme-Source": cast(str, version),'));
    const sdkgenPlatform = `from typing import Dict\n\n\ndef other() -> int:\nreturn 1\n\n\n${headers('')}\n`;
    expect(indentProblem(sdkgenPlatform)).not.toBeNull();
    const plan = carry(stainless, owners, '._platform', sdkgenPlatform);
    expect(plan.rejected.flatMap((r) => r.hunks).join('\n')).not.toContain('X-Acme-Source');
    expect(plan.reapplied).toEqual([{ path: 'src/acme/_platform.py', hunks: 1 }]);
    const written = plan.writes[1].contents;
    expect(written).toMatch(/^from typing import Dict, cast\n/);
    expect(written).toContain('"X-Acme-Source": cast(str, version),');
    expect(written).toContain('def other() -> int:\nreturn 1\n');
  });
});

describe('an import statement the carry wrote twice', () => {
  it('is written once', () => {
    const text = 'from typing import Dict\nimport typing\nimport inspect\nimport typing\n\nx: Dict[str, int] = {}\n';
    expect(withoutRepeatedImports(text)).toBe(
      'from typing import Dict\nimport typing\nimport inspect\n\nx: Dict[str, int] = {}\n',
    );
    expect(withoutRepeatedImports('import os\n')).toBe('import os\n');
  });
});
