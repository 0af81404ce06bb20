/**
 * A migrated openai-python that imports and runs: what the owners' code imports of the modules that stay is there.
 *
 * - A kept module re-exported by a package `__init__.py` sdkgen writes, whose own imports resolve only once another
 *   `__init__.py` re-exports a kept module too (openai's `types/responses/tool_param.py` imports
 *   `ChatCompletionFunctionToolParam` from `types/chat`): it is re-exported whatever order the files come in. Before,
 *   the first pass read each `__init__.py` as sdkgen wrote it, `ToolParam` was not re-exported, and the owners'
 *   `from ...types.responses import ToolParam` failed (ImportError on `client.models.list()`).
 * - A module-level name a carry defines twice (the owners' `ClientSecret` of the realtime session params inserted beside
 *   sdkgen's, which came later and won): the carried module is unsound, the owners' edits go to a person.
 * - The last check: every package import of every module the migrated repository has finds its name (static). An
 *   owners' file whose import did before the move is told of; a module sdkgen writes whose carried lines import what
 *   is not there is written as sdkgen renders it, the owners' edits left to a person.
 */
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { exportKeptModules } from '../../generator/migrate/python/owners/kept-modules';
import { soundCarried } from '../../generator/migrate/python/soundness/sound-module';
import { redefinitions } from '../../generator/migrate/python/soundness/bound-twice';
import { checkFinalImports } from '../../generator/migrate/python/soundness/final-imports';

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

describe('a carried module defining a module-level name twice', () => {
  const head = ['from typing_extensions import Literal, Required, TypedDict', '', ''];
  const params = ['class SessionCreateParams(TypedDict, total=False):', '    client_secret: ClientSecret', '', ''];
  const theirs = [
    'class ClientSecretExpiresAfter(TypedDict, total=False):',
    '    anchor: Required[Literal["created_at"]]',
    '',
    '',
    'class ClientSecret(TypedDict, total=False):',
    '    expires_after: ClientSecretExpiresAfter',
  ];
  const sdkgens = [
    'class ClientSecret(TypedDict, total=False):',
    '    expires_at: Required[int]',
    '    value: Required[str]',
  ];
  const target = lines(...head, ...params, ...sdkgens);
  const edited = lines(...head, ...params, ...theirs);

  it("is broken where the owners' class stands above sdkgen's of the same name (sdkgen's would win on load)", () => {
    const carried = lines(...head, ...params, ...theirs, '', '', ...sdkgens);
    const sound = soundCarried(edited, carried, target);
    expect(sound.kind).toBe('broken');
    expect(sound.kind === 'broken' && sound.reason).toContain('defines `ClientSecret` again');
  });

  it('is sound with each name once', () => {
    const carried = lines(...head, ...params, ...theirs);
    expect(soundCarried(edited, carried, target).kind).toBe('sound');
  });

  it('reads an @overload set, and a definition repeated with the same text, as no redefinition', () => {
    const overloads = lines(
      'from typing import overload',
      '',
      '',
      '@overload',
      'def to_files(files: None) -> None: ...',
      '',
      '',
      '@typing.overload',
      'def to_files(files: dict) -> dict: ...',
      '',
      '',
      'def to_files(files):',
      '    return files',
      '',
      '',
      'T = TypeVar("T")',
      'T = TypeVar("T")',
    );
    expect(redefinitions(overloads)).toEqual([]);
    expect(redefinitions(lines('A = 1', 'A = 2')).map((r) => r.name)).toEqual(['A']);
  });
});

describe('the last check: every package import of the migrated repository finds its name', () => {
  const INIT = 'src/acme/types/responses/__init__.py';
  const LIB = 'src/acme/lib/_parsing/_responses.py';
  const RESOURCE = 'src/acme/resources/responses.py';
  const ours = lines('from .response import Response as Response');
  const theirsInit = lines(
    'from .response import Response as Response',
    'from .tool_param import ToolParam as ToolParam',
  );
  const lib = lines('from ...types.responses import Response, ToolParam');
  const stainlessResource = lines('from ..types.responses import Response', '', '', 'class Responses: ...');
  const ownersResource = lines(
    'from ..types.responses import Response',
    'from ..types.responses.parsed import ParsedResponse',
    '',
    '',
    'class Responses:',
    '    parsed = ParsedResponse',
  );
  const migrated = (carried: string) => {
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: INIT, contents: ours });
    plan.writes.push({ path: 'src/acme/types/responses/response.py', contents: 'class Response: ...\n' });
    plan.writes.push({ path: RESOURCE, contents: carried });
    plan.reapplied.push({ path: RESOURCE, hunks: 2 });
    plan.kept.push(LIB, 'examples/old.py');
    plan.removed.push('src/acme/types/responses/tool_param.py', 'src/acme/types/responses/parsed.py');
    const current = [
      { path: INIT, blob: null, text: theirsInit },
      { path: 'src/acme/types/responses/tool_param.py', blob: null, text: 'ToolParam = dict\n' },
      { path: 'src/acme/types/responses/parsed.py', blob: null, text: 'class ParsedResponse: ...\n' },
      { path: RESOURCE, blob: null, text: ownersResource },
      { path: LIB, blob: null, text: lib },
      // (Broken before the move too: not the move's doing.)
      { path: 'examples/old.py', blob: null, text: lines('from acme.gone import Gone') },
    ];
    const rendered: Record<string, string> = { [INIT]: ours, [RESOURCE]: stainlessResource };
    checkFinalImports(plan, {
      current,
      rendered: (p) => rendered[p] ?? null,
      stainless: (p) => (p === RESOURCE ? stainlessResource : undefined),
      importName: 'acme',
    });
    return plan;
  };

  it("tells of an owners' file whose import found its name before the move", () => {
    const plan = migrated(stainlessResource);
    expect(plan.needsHand.map((n) => n.path)).toEqual([LIB]);
    expect(plan.needsHand[0].reason).toContain('`ToolParam`');
    expect(plan.needsHand[0].reason).toContain('the repository had it before the move');
  });

  it("writes sdkgen's module where the owners' carried lines import what is not there, their edits to a person", () => {
    const plan = migrated(ownersResource);
    const written = plan.writes.find((f) => f.path === RESOURCE)!;
    expect(written.contents).toBe(stainlessResource);
    expect(plan.reapplied).toEqual([]);
    expect(plan.rejected.map((r) => r.path)).toEqual([RESOURCE]);
    expect(plan.rejected[0].hunks.join('\n')).toContain('+from ..types.responses.parsed import ParsedResponse');
    expect(plan.needsHand.map((n) => n.path).sort()).toEqual([LIB, RESOURCE]);
  });
});
