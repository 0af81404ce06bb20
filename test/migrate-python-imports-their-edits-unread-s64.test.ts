/**
 * sdkgen's import names whose only readers the owners' carried edits took out (anthropic's beta `batch_create_params.py`:
 * they deleted `RequestParams` and the alias `RequestParamsContainer`, and took `Union`, `TypeAlias` out of Stainless's
 * typing imports; sdkgen's module imports `Union` without Stainless's `List`, its header typed `SequenceNotStr`): the
 * names go from sdkgen's statements (migrate/python/reapply/imports-their-edits-unread.ts), so that the module imports
 * nothing it does not read (pyright strict's reportUnusedImport) and their import hunk is done, not left for a person.
 * Before, the names stayed imported and the hunk went to a person.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const path = 'src/acme/types/batch_create_params.py';

const module = (typing: string, header: string, extra = '') =>
  [
    'from __future__ import annotations\n\n',
    `${typing}\nfrom typing_extensions import Required, TypeAlias, TypedDict\n\n`,
    `${header.includes('SequenceNotStr') ? 'from .._types import SequenceNotStr\n' : ''}`,
    'from .tool_param import ToolParam\nfrom .container_params import ContainerParams\n\n',
    '__all__ = ["BatchCreateParams", "Request", "RequestParams", "RequestParamsContainer"]\n\n\n',
    'class BatchCreateParams(TypedDict, total=False):\n    requests: Required[Iterable[Request]]\n\n',
    `    betas: ${header}\n    """Optional header."""\n\n\n`,
    'RequestParamsContainer: TypeAlias = Union[ContainerParams, str]\n\n\n',
    'class RequestParams(TypedDict, total=False):\n    tools: Iterable[ToolParam]\n\n    top_k: Optional[int]\n\n',
    '    container: RequestParamsContainer\n\n\n',
    'class Request(TypedDict, total=False):\n    custom_id: Required[str]\n\n',
    `    params: Required[RequestParams]\n${extra}`,
  ].join('');

const stainless = module('from typing import List, Union, Iterable, Optional', 'List[str]');

const owners = stainless
  .replace('from typing import List, Union, Iterable, Optional\n', 'from typing import List, Iterable\n')
  .replace('Required, TypeAlias, TypedDict', 'Required, TypedDict')
  .replace(
    'from .tool_param import ToolParam\nfrom .container_params import ContainerParams\n',
    'from .message_create_params import MessageCreateParamsNonStreaming\n',
  )
  .replace('"Request", "RequestParams", "RequestParamsContainer"]', '"Request"]')
  .replace(/RequestParamsContainer: TypeAlias[\s\S]*?\n\n\n/, '')
  .replace(/class RequestParams\([\s\S]*?\n\n\n/, '')
  .replace('params: Required[RequestParams]', 'params: Required[MessageCreateParamsNonStreaming]');

function migrate(rendered: string) {
  return planPythonMigration({
    current: [{ path, blob: 'owners', text: owners }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [{ path, contents: rendered }],
    importName: 'acme',
  });
}

describe("sdkgen's imports whose readers the owners' edits took out", () => {
  it('go, and their import hunk is done', () => {
    const plan = migrate(module('from typing import Union, Iterable, Optional', 'SequenceNotStr[str]'));
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).not.toContain('class RequestParams');
    expect(text).not.toContain('RequestParamsContainer');
    expect(text).toContain('from typing import Iterable\nfrom typing_extensions import Required, TypedDict\n');
    expect(text).toContain('from .message_create_params import MessageCreateParamsNonStreaming\n');
    expect(text).toContain('    betas: SequenceNotStr[str]\n');
    expect(plan.needsHand.filter((n) => n.path === path)).toEqual([]);
    expect(plan.rejected.filter((r) => r.path === path && r.hunks.length > 0)).toEqual([]);
  });

  it('go from a parenthesised statement over lines, as sdkgen writes a long one', () => {
    const plan = migrate(
      module('from typing import (\n    Union,\n    Iterable,\n    Optional,\n)', 'SequenceNotStr[str]').replace(
        'from typing_extensions import Required, TypeAlias, TypedDict\n',
        'from typing_extensions import (\n    Required, TypeAlias,\n    TypedDict\n)\n',
      ),
    );
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).not.toMatch(/ (Union|Optional|TypeAlias),?\n/);
    expect(text).toContain(
      'from typing import (\n    Iterable,\n)\nfrom typing_extensions import (\n    Required,\n    TypedDict,\n)\n',
    );
    expect(plan.needsHand.filter((n) => n.path === path)).toEqual([]);
    expect(plan.rejected.filter((r) => r.path === path && r.hunks.length > 0)).toEqual([]);
  });

  it('stay where the carried module still reads them', () => {
    const plan = migrate(
      module('from typing import Union, Iterable, Optional', 'SequenceNotStr[str]', '\n    tag: Union[str, int]\n'),
    );
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).toContain('from typing import Union, Iterable\n');
    expect(text).toContain('from typing_extensions import Required, TypedDict\n');
  });
});
