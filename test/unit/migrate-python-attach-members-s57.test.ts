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
