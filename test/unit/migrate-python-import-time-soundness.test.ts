/**
 * Two ways a carried module failed to import in a migrated package (openai-python's `import openai`):
 *
 * - a type alias the owners added after a class, carried at their anchor above the class sdkgen's module already had:
 *   the alias stood twice, once above the class it reads (NameError when the module loads). soundCarried now says so
 *   (soundness/read-before-defined.ts), so that no such module is written;
 * - a member of Stainless's attached to sdkgen's class because it reads a module that stays (`connect`, returning the
 *   kept WebSocket helpers) brought its imports of modules that go (`session_update_event_param`): ImportError. Such a
 *   member is attached only where every import of the result finds its module in the migrated package: the modules of
 *   Stainless's that go which it imports stay with it where they import (session 56), else it goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { soundCarried } from '../../generator/migrate/python/soundness/sound-module';
import { readsBeforeDefinition } from '../../generator/migrate/python/soundness/read-before-defined';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { attachKeptMembers, defineKeptImports } from '../../generator/migrate/python/soundness/kept-imports-defined';
import { withDeclaredAlready } from '../../generator/migrate/python/already-done/declared-already';

const text = (...lines: string[]) => [...lines, ''].join('\n');

const TOOL = ['class Tool(TypedDict, total=False):', '    name: str', '    """The name of the function."""'];
const CONFIG = [
  'class TracingTracingConfiguration(TypedDict, total=False):',
  '    """Granular configuration for tracing."""',
  '',
  '    group_id: str',
];
const ALIAS = 'Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]';
const HEAD = [
  'from __future__ import annotations',
  '',
  'from typing import Union',
  'from typing_extensions import Literal, TypeAlias, TypedDict',
  '',
  '',
  'class SessionCreateParams(TypedDict, total=False):',
  '    tracing: Tracing',
  '',
  '',
];
// sdkgen's module: the class, then the alias reading it.
const SDKGENS = text(...HEAD, ...TOOL, '', '', ...CONFIG, '', '', ALIAS);
// The owners' module: the same order, and an edit of theirs.
const OWNERS = SDKGENS.replace('    name: str', '    name: str\n    """Edited."""\n    strict: bool');

describe('a carried module reading a module-level name above its definition', () => {
  it('is broken: the alias carried above the class it reads would raise NameError on import', () => {
    const carried = text(...HEAD, ...TOOL, '    strict: bool', '', '', ALIAS, '', '', ...CONFIG, '', '', ALIAS);
    const sound = soundCarried(OWNERS, carried, SDKGENS);
    expect(sound.kind).toBe('broken');
    expect(sound.kind === 'broken' && sound.reason).toContain('`TracingTracingConfiguration`');
  });

  it('is sound where the alias follows the class, and an annotation or function body reads what comes later', () => {
    const carried = text(...HEAD, ...TOOL, '    strict: bool', '', '', ...CONFIG, '', '', ALIAS);
    expect(soundCarried(OWNERS, carried, SDKGENS).kind).toBe('sound');
    expect(readsBeforeDefinition(text('def f() -> B:', '    return B()', '', '', 'class B: ...'))).toEqual([]);
    expect(readsBeforeDefinition(text('class A(B): ...', '', '', 'class B: ...')).map((r) => r.name)).toEqual(['B']);
  });
});

describe("a member of Stainless's attached for the modules that stay", () => {
  const sdkgens = text(
    'from ...._resource import SyncAPIResource',
    '',
    '',
    'class Realtime(SyncAPIResource):',
    '    def sessions(self) -> None:',
    '        return None',
  );
  const stainless = text(
    'from ...._resource import SyncAPIResource',
    'from ....types.websocket_connection_options import WebsocketConnectionOptions',
    'from ....types.beta.realtime import session_update_event_param',
    '',
    '',
    'class Realtime(SyncAPIResource):',
    '    def sessions(self) -> None:',
    '        return None',
    '',
    '    def connect(self, options: WebsocketConnectionOptions) -> None:',
    '        return session_update_event_param.Session(options)',
  );
  const planned = (going: boolean, goingImports = 'class Session: ...\n') => {
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: 'src/acme/resources/beta/realtime/realtime.py', contents: sdkgens });
    plan.writes.push({ path: 'src/acme/_resource.py', contents: 'class SyncAPIResource: ...\n' });
    plan.keptImported.push('src/acme/types/websocket_connection_options.py');
    if (!going) plan.keptImported.push('src/acme/types/beta/realtime/session_update_event_param.py');
    else plan.removed.push('src/acme/types/beta/realtime/session_update_event_param.py');
    const texts: Record<string, string> = {
      'src/acme/resources/beta/realtime/realtime.py': stainless,
      'src/acme/types/websocket_connection_options.py': 'class WebsocketConnectionOptions: ...\n',
      'src/acme/types/beta/realtime/session_update_event_param.py': goingImports,
    };
    const rendered = new Set(['src/acme/resources/beta/realtime/realtime.py', 'src/acme/_resource.py']);
    attachKeptMembers(plan, rendered, (p) => texts[p] ?? null, 'acme');
    return plan;
  };

  it('is not attached where it imports a module that goes and would not import: a person is told', () => {
    const plan = planned(true, 'from ...._gone import Gone\n\n\nclass Session(Gone): ...\n');
    expect(plan.writes[0].contents).toBe(sdkgens);
    expect(plan.keptDefinitions).toEqual([]);
    expect(plan.removed).toEqual(['src/acme/types/beta/realtime/session_update_event_param.py']);
    expect(plan.needsHand.map((n) => n.path)).toEqual(['src/acme/resources/beta/realtime/realtime.py']);
    expect(plan.needsHand[0].reason).toContain('`Realtime.connect`');
    expect(plan.needsHand[0].reason).toContain('`Gone`');
  });

  it('is attached where a module that goes which it imports does import: that module stays with it', () => {
    const plan = planned(true);
    expect(plan.writes[0].contents).toContain('    def connect(self, options: WebsocketConnectionOptions) -> None:');
    expect(plan.removed).toEqual([]);
    expect(plan.keptImported).toContain('src/acme/types/beta/realtime/session_update_event_param.py');
    expect(plan.needsHand).toEqual([]);
  });

  it('is attached where every module it imports stays', () => {
    const plan = planned(false);
    expect(plan.writes[0].contents).toContain('    def connect(self, options: WebsocketConnectionOptions) -> None:');
    expect(plan.writes[0].contents).toContain('from ....types.beta.realtime import session_update_event_param');
  });
});

describe('an insertion of the owners part of which sdkgen’s module has already', () => {
  // Stainless's module before: the tool, then turn detection. The owners added the tracing class and its alias
  // between; sdkgen's module has both (its class with a docstring more).
  const turn = ['class TurnDetection(TypedDict, total=False):', '    type: str'];
  const config = (doc: boolean) => [
    'class TracingTracingConfiguration(TypedDict, total=False):',
    ...(doc ? ['    """Granular configuration for tracing."""', ''] : []),
    '    group_id: str',
    '    """The group id."""',
    '',
    '    workflow_name: str',
  ];
  const stainless = text(...HEAD, ...TOOL, '', '', ...turn);
  const owners = text(...HEAD, ...TOOL, '', '', ...config(false), '', '', ALIAS, '', '', ...turn);
  const ours = text(...HEAD, ...TOOL, '', '', ...config(true), '', '', ALIAS, '', '', ...turn);

  it('adds neither the class nor the alias again (the alias above the class would not import)', () => {
    const done = withDeclaredAlready(stainless, owners, ours);
    expect(done).not.toBeNull();
    expect(done!.text).toBe(stainless);
    expect(done!.alreadyThere).toBe(1);
  });

  it('keeps an alias of theirs that sdkgen’s module makes otherwise', () => {
    const changed = owners.replace('Literal["auto"]', 'Literal["auto", "off"]');
    expect(withDeclaredAlready(stainless, changed, ours)!.text).toContain('Literal["auto", "off"]');
  });
});

describe("Stainless's definition carried into sdkgen's module for a module that stays", () => {
  // The owners' example imports the connection class from the resource module sdkgen writes without it; Stainless's
  // class raises an error Stainless's `_exceptions.py` defined and sdkgen's does not.
  const stainless = text(
    'from ..._exceptions import OpenAIError, WebSocketConnectionClosedError',
    '',
    '',
    'class AsyncRealtimeConnection:',
    '    async def send(self) -> None:',
    '        raise WebSocketConnectionClosedError("closed")',
    '',
    '',
    'class Realtime:',
    '    pass',
  );
  const planned = (exceptions: string) => {
    const plan = emptyMigrationPlan();
    plan.writes.push({
      path: 'src/acme/resources/realtime/realtime.py',
      contents: text('class Realtime:', '    pass'),
    });
    plan.writes.push({ path: 'src/acme/_exceptions.py', contents: exceptions });
    plan.kept.push('src/acme/lib/audio_util.py');
    const texts: Record<string, string> = {
      'src/acme/resources/realtime/realtime.py': stainless,
      'src/acme/lib/audio_util.py': 'from ..resources.realtime.realtime import AsyncRealtimeConnection\n',
    };
    const rendered = new Set(['src/acme/resources/realtime/realtime.py', 'src/acme/_exceptions.py']);
    defineKeptImports(plan, rendered, (p) => texts[p] ?? null, 'acme');
    return plan;
  };

  it('is not carried where it would import a name the migrated package lacks: a person is told', () => {
    const plan = planned('class OpenAIError(Exception): ...\n');
    expect(plan.writes[0].contents).not.toContain('AsyncRealtimeConnection');
    expect(plan.needsHand.map((n) => n.path)).toEqual(['src/acme/resources/realtime/realtime.py']);
    expect(plan.needsHand[0].reason).toContain('`WebSocketConnectionClosedError`');
  });

  it('is carried where what it imports is there', () => {
    const plan = planned(
      'class OpenAIError(Exception): ...\n\n\nclass WebSocketConnectionClosedError(OpenAIError): ...\n',
    );
    expect(plan.writes[0].contents).toContain('class AsyncRealtimeConnection:');
    expect(plan.needsHand).toEqual([]);
  });
});
