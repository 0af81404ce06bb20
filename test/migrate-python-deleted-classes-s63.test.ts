/**
 * A class the owners deleted whole from Stainless's params module, with every use of its name (anthropic's
 * `RequestParams` of `batch_create_params.py`, their `params` typed `MessageCreateParamsNonStreaming` instead), where
 * sdkgen's class of that name has the spec's docstrings, not Stainless's: the deletion is carried by the class's name
 * (migrate/python/reapply/deleted-classes.ts), and with it the rest of their edits. Before, the deletion's lines found
 * no place, the field kept naming the class, and the module carried hunk by hunk was broken: none of it was carried.
 * Where sdkgen's module still names the class elsewhere, the class stays and the deletion goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';

const path = 'src/acme/types/batch_create_params.py';

const module = (docs: { examples: string[]; bullet: string; params: string }) =>
  [
    'from __future__ import annotations\n\n',
    'from typing import Iterable\nfrom typing_extensions import Required, TypedDict\n\n',
    'from .tool_param import ToolParam\nfrom .message_param import MessageParam\n\n',
    '__all__ = ["BatchCreateParams", "Request", "RequestParams"]\n\n\n',
    'class BatchCreateParams(TypedDict, total=False):\n    requests: Required[Iterable[Request]]\n',
    '    """The requests of the batch.\n\n    One message each.\n    """\n\n\n',
    'class RequestParams(TypedDict, total=False):\n',
    '    messages: Required[Iterable[MessageParam]]\n    """The conversation so far.\n\n',
    '    Turns alternate between the two roles; two turns of one role in a row are\n    read as one.\n\n',
    ...docs.examples.map((example, n) => `    Example ${n + 1}:\n\n    \`\`\`json\n${example}\n    \`\`\`\n\n`),
    '    The last turn may be the reply begun.\n    """\n\n',
    '    tools: Iterable[ToolParam]\n    """The tools the model may call.\n\n    A tool has:\n\n',
    ['name', 'description', 'schema'].map((key) => `    ${docs.bullet} \`${key}\`: the tool's ${key}.`).join('\n'),
    '\n    """\n\n\n',
    'class Request(TypedDict, total=False):\n    custom_id: Required[str]\n    """Developer-provided ID.\n\n',
    '    Must be unique for each request within the Message Batch.\n    """\n\n',
    `    params: Required[RequestParams]\n${docs.params}`,
  ].join('');

const stainless = module({
  examples: [
    '    [{ "role": "user", "content": "Hi" }]',
    '    [\n      { "role": "user", "content": "Hi there." },\n      { "role": "assistant", "content": "Hello." }\n    ]',
    '    [\n      {\n        "role": "user",\n        "content": "Which is larger? (A) 2 (B) 3"\n      },\n      { "role": "assistant", "content": "(" }\n    ]',
  ],
  bullet: '-',
  params: '    """The parameters of the request.\n\n    As the Messages API takes them.\n    """\n',
});

const owners = stainless
  .replace(
    'from .message_param import MessageParam\n',
    'from .message_create_params import MessageCreateParamsNonStreaming\n',
  )
  .replace('"Request", "RequestParams"]', '"Request"]')
  // (A blank line more left where the class was, as anthropic's owners left it.)
  .replace(/class RequestParams[\s\S]*?\n\n\n/, '\n')
  .replace('params: Required[RequestParams]', 'params: Required[MessageCreateParamsNonStreaming]');

/** sdkgen's module: the spec's examples laid out as sdkgen lays JSON out, its bullets, no docstring of the field. */
const sdkgen = module({
  examples: [
    '    [{"role": "user", "content": "Hi"}]',
    '    [\n      {"role": "user", "content": "Hi there."},\n      {"role": "assistant", "content": "Hello."},\n    ]',
    '    [\n      {"role": "user", "content": "Which is larger? (A) 2 (B) 3"},\n      {"role": "assistant", "content": "("},\n    ]',
  ],
  bullet: '*',
  params: '',
});

function migrate(rendered: string) {
  return planPythonMigration({
    current: [{ path, blob: 'owners', text: owners }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless]]) },
    rendered: [{ path, contents: rendered }],
    importName: 'acme',
  });
}

describe("a class the owners deleted whole from Stainless's module", () => {
  it("goes from sdkgen's module by its name, their other edits carried with it", () => {
    const plan = migrate(sdkgen);
    expect(plan.needsHand).toEqual([]);
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).not.toContain('class RequestParams');
    expect(text).not.toContain('RequestParams"');
    expect(text).toContain('__all__ = ["BatchCreateParams", "Request"]\n');
    expect(text).toContain('    params: Required[MessageCreateParamsNonStreaming]\n');
    expect(text).toContain('from .message_create_params import MessageCreateParamsNonStreaming\n');
    // (The blank line they left where it was, theirs.)
    expect(text).toContain('    One message each.\n    """\n\n\n\nclass Request(TypedDict, total=False):');
  });

  it("goes all the same where only a docstring of sdkgen's names it (no code reads it)", () => {
    const named = sdkgen.replace(
      '    params: Required[RequestParams]\n',
      '    params: Required[RequestParams]\n    """The request\'s parameters: see `RequestParams`."""\n',
    );
    expect(named).toContain('see `RequestParams`');
    const plan = migrate(named);
    expect(plan.needsHand).toEqual([]);
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).not.toContain('class RequestParams');
    expect(text).toContain('    params: Required[MessageCreateParamsNonStreaming]\n');
  });

  it('stays, and the deletion goes to a person, where sdkgen’s module still names it', () => {
    const plan = migrate(`${sdkgen}\n\nclass Retry(TypedDict, total=False):\n    params: RequestParams\n`);
    expect(plan.needsHand.map((n) => n.path)).toContain(path);
    const text = plan.writes.find((f) => f.path === path)!.contents;
    expect(text).toContain('class RequestParams(TypedDict, total=False):');
  });
});
