/**
 * A migrated openai-python that imports and runs: what the owners' code imports of the modules that stay is there.
 *
 * - A kept module re-exported by a package `__init__.py` sdkgen writes, whose own imports resolve only once another
 *   `__init__.py` re-exports a kept module too (openai's `types/responses/tool_param.py` imports
 *   `ChatCompletionFunctionToolParam` from `types/chat`): it is re-exported whatever order the files come in. Before,
 *   the first pass read each `__init__.py` as sdkgen wrote it, `ToolParam` was not re-exported, and the owners'
 *   `from ...types.responses import ToolParam` failed (ImportError on `client.models.list()`).
 */
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { exportKeptModules } from '../../generator/migrate/python/owners/kept-modules';

const lines = (...text: string[]) => [...text, ''].join('\n');

describe("a kept module whose imports resolve only through another kept module's re-export", () => {
  const CHAT_INIT = 'src/acme/types/chat/__init__.py';
  const RESPONSES_INIT = 'src/acme/types/responses/__init__.py';
  const sdkgensChat = lines('from .chat_completion import ChatCompletion as ChatCompletion');
  const sdkgensResponses = lines('from .response import Response as Response');
  const texts: Record<string, string> = {
    [CHAT_INIT]: lines(
      'from .chat_completion import ChatCompletion as ChatCompletion',
      'from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam as ChatCompletionFunctionToolParam',
    ),
    [RESPONSES_INIT]: lines(
      'from .response import Response as Response',
      'from .tool_param import ToolParam as ToolParam',
    ),
    'src/acme/types/chat/chat_completion_function_tool_param.py': lines('class ChatCompletionFunctionToolParam: ...'),
    'src/acme/types/responses/tool_param.py': lines(
      'from ..chat import ChatCompletionFunctionToolParam',
      '',
      'ToolParam = ChatCompletionFunctionToolParam',
    ),
  };
  const migrated = (order: string[]) => {
    const plan = emptyMigrationPlan();
    const ours: Record<string, string> = { [CHAT_INIT]: sdkgensChat, [RESPONSES_INIT]: sdkgensResponses };
    for (const path of order) plan.writes.push({ path, contents: ours[path] });
    plan.writes.push({ path: 'src/acme/types/chat/chat_completion.py', contents: 'class ChatCompletion: ...\n' });
    plan.writes.push({ path: 'src/acme/types/responses/response.py', contents: 'class Response: ...\n' });
    plan.keptImported.push(
      'src/acme/types/chat/chat_completion_function_tool_param.py',
      'src/acme/types/responses/tool_param.py',
    );
    exportKeptModules(plan, new Set(plan.writes.map((f) => f.path)), (p) => texts[p] ?? null, 'acme');
    return new Map(plan.writes.map((f) => [f.path, f.contents]));
  };

  for (const order of [
    [CHAT_INIT, RESPONSES_INIT],
    [RESPONSES_INIT, CHAT_INIT],
  ])
    it(`is re-exported (${order.map((p) => p.split('/').at(-2)).join(' before ')})`, () => {
      const written = migrated(order);
      expect(written.get(CHAT_INIT)).toContain(
        'import ChatCompletionFunctionToolParam as ChatCompletionFunctionToolParam',
      );
      expect(written.get(RESPONSES_INIT)).toContain('from .tool_param import ToolParam as ToolParam');
    });
});
