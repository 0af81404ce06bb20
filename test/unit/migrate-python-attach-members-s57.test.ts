/**
 * Session 57: Stainless's members attached to sdkgen's classes for the modules that stay (`attachKeptMembers`), from
 * openai-python's shapes. A member that is not attached is told of with its reason, never skipped unsaid: the owners'
 * code calling it would fail.
 */
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { attachKeptMembers } from '../../generator/migrate/python/soundness/kept-imports-defined';

const text = (...lines: string[]) => [...lines, ''].join('\n');

const RESOURCE = 'src/acme/resources/realtime/realtime.py';
const sdkgens = text(
  'from ..._resource import SyncAPIResource',
  '',
  '',
  'class Realtime(SyncAPIResource):',
  '    def sessions(self) -> None:',
  '        return None',
);

function planned(stainless: string) {
  const plan = emptyMigrationPlan();
  plan.writes.push({ path: RESOURCE, contents: sdkgens });
  plan.writes.push({ path: 'src/acme/_resource.py', contents: 'class SyncAPIResource: ...\n' });
  plan.keptImported.push('src/acme/types/websocket_connection_options.py');
  const texts: Record<string, string> = {
    [RESOURCE]: stainless,
    'src/acme/types/websocket_connection_options.py': 'class WebSocketConnectionOptions: ...\n',
  };
  attachKeptMembers(plan, new Set([RESOURCE, 'src/acme/_resource.py']), (p) => texts[p] ?? null, 'acme');
  return plan;
}

describe("a member of Stainless's not attached for the modules that stay", () => {
  it('is told of where its class defines it more than once (an @overload set)', () => {
    const plan = planned(
      text(
        'from typing import overload',
        '',
        'from ..._resource import SyncAPIResource',
        'from ...types.websocket_connection_options import WebSocketConnectionOptions',
        '',
        '',
        'class Realtime(SyncAPIResource):',
        '    def sessions(self) -> None:',
        '        return None',
        '',
        '    @overload',
        '    def connect(self, options: WebSocketConnectionOptions) -> None: ...',
        '',
        '    @overload',
        '    def connect(self, options: None = None) -> None: ...',
        '',
        '    def connect(self, options: WebSocketConnectionOptions | None = None) -> None:',
        '        return None',
      ),
    );
    expect(plan.writes[0].contents).toBe(sdkgens);
    expect(plan.keptDefinitions).toEqual([]);
    expect(plan.needsHand.map((n) => n.path)).toEqual([RESOURCE]);
    expect(plan.needsHand[0].reason).toContain('`Realtime.connect`');
    expect(plan.needsHand[0].reason).toContain('more than once');
  });
});

describe("a member of Stainless's importing its WebSocket runtime, which imports what sdkgen's `_exceptions.py` lacks", () => {
  // Stainless's `connect` reads its send queue (a module sdkgen writes none of, so going) and raises its own error;
  // the queue raises another. Both errors are Stainless's `_exceptions.py`'s, which sdkgen writes without them.
  const stainless = text(
    'from ..._resource import SyncAPIResource',
    'from ..._exceptions import OpenAIError, WebSocketConnectionClosedError',
    'from ..._send_queue import SendQueue',
    'from ...types.websocket_connection_options import WebSocketConnectionOptions',
    '',
    '',
    'class Realtime(SyncAPIResource):',
    '    def sessions(self) -> None:',
    '        return None',
    '',
    '    def connect(self, options: WebSocketConnectionOptions) -> SendQueue:',
    '        if not options:',
    '            raise WebSocketConnectionClosedError("closed")',
    '        return SendQueue()',
  );
  const exceptions = (...more: string[]) =>
    text(
      'class OpenAIError(Exception):',
      '    pass',
      ...more.flatMap((name) => ['', '', `class ${name}(OpenAIError):`, '    pass']),
    );
  // sdkgen's package `__init__.py`: its imports, `__all__`, the loop reading every name listed, an import below.
  const LOOP = 'for __name in __all__:';
  const init = (...more: string[]) =>
    text(
      'from ._exceptions import OpenAIError as OpenAIError',
      '',
      `__all__ = ["OpenAIError"${more.map((name) => `, "${name}"`).join('')}]`,
      '',
      LOOP,
      '    locals()[__name].__module__ = "acme"',
      '',
      'from ._module_client import realtime as realtime',
    );
  const planned = (queue: string) => {
    const plan = emptyMigrationPlan();
    plan.writes.push({ path: RESOURCE, contents: sdkgens });
    plan.writes.push({ path: 'src/acme/_resource.py', contents: 'class SyncAPIResource: ...\n' });
    plan.writes.push({ path: 'src/acme/_exceptions.py', contents: exceptions() });
    plan.writes.push({ path: 'src/acme/__init__.py', contents: init() });
    plan.keptImported.push('src/acme/types/websocket_connection_options.py');
    plan.removed.push('src/acme/_send_queue.py');
    const texts: Record<string, string> = {
      [RESOURCE]: stainless,
      'src/acme/_exceptions.py': exceptions('WebSocketConnectionClosedError', 'WebSocketQueueFullError'),
      'src/acme/_send_queue.py': queue,
      'src/acme/__init__.py': init('WebSocketQueueFullError').replace(
        'OpenAIError as OpenAIError',
        'OpenAIError as OpenAIError, WebSocketQueueFullError as WebSocketQueueFullError',
      ),
      'src/acme/types/websocket_connection_options.py': 'class WebSocketConnectionOptions: ...\n',
    };
    const rendered = new Set([RESOURCE, 'src/acme/_resource.py', 'src/acme/_exceptions.py']);
    attachKeptMembers(plan, rendered, (p) => texts[p] ?? null, 'acme');
    return plan;
  };

  it('is attached: the queue stays, and the errors are carried into sdkgen’s `_exceptions.py`', () => {
    const plan = planned(
      text('from ._exceptions import WebSocketQueueFullError', '', '', 'class SendQueue:', '    pass'),
    );
    expect(plan.needsHand).toEqual([]);
    expect(plan.writes[0].contents).toContain(
      '    def connect(self, options: WebSocketConnectionOptions) -> SendQueue:',
    );
    expect(plan.removed).toEqual([]);
    expect(plan.keptImported).toContain('src/acme/_send_queue.py');
    const carried = plan.writes.find((f) => f.path === 'src/acme/_exceptions.py')!.contents;
    expect(carried).toContain('class WebSocketConnectionClosedError(OpenAIError):');
    expect(carried).toContain('class WebSocketQueueFullError(OpenAIError):');
    expect(plan.keptDefinitions.join('\n')).toContain('Realtime.connect');
    // Re-exported by the package as Stainless's was, above the loop reading `__all__` (below, it would fail to import).
    const lines = plan.writes.find((f) => f.path === 'src/acme/__init__.py')!.contents.split('\n');
    const reexported = lines.indexOf('from ._exceptions import WebSocketQueueFullError as WebSocketQueueFullError');
    expect(reexported).toBeGreaterThan(0);
    expect(reexported).toBeLessThan(lines.indexOf(LOOP));
    expect(lines.join('\n')).toContain('"WebSocketQueueFullError"');
  });

  it('is told of where the queue imports what no module has', () => {
    const plan = planned(text('from ._gone import Gone', '', '', 'class SendQueue(Gone):', '    pass'));
    expect(plan.writes[0].contents).toBe(sdkgens);
    expect(plan.writes[2].contents).toBe(exceptions());
    expect(plan.removed).toEqual(['src/acme/_send_queue.py']);
    expect(plan.needsHand.map((n) => n.path)).toEqual([RESOURCE]);
    expect(plan.needsHand[0].reason).toContain('`Realtime.connect`');
  });
});
