/**
 * migrate (Python): the owners' code imports names from a package (`from ..types import MessageDeltaEvent`) whose
 * `__init__.py` sdkgen writes without them, where Stainless's `__init__.py` only re-exported them from a module of its
 * own. They are followed to that module: one that stays, or one of Stainless's sdkgen writes none of (anthropic's alias
 * `MessageDeltaEvent = RawMessageDeltaEvent`), is kept and re-exported; a definition of a module sdkgen writes
 * (`AI_PROMPT` of `_constants.py`) is carried into it and re-exported. Before, each was left to a person ("Stainless's
 * module did not define at its top level"), the alias module was removed and the owners' helpers failed to import.
 */
import { describe, expect, it } from 'vitest';
import { emptyMigrationPlan } from '../generator/migrate/migration-plan';
import { defineKeptImports } from '../generator/migrate/python/soundness/kept-imports-defined';
import { exportKeptModules } from '../generator/migrate/python/owners/kept-modules';

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const RAW = `${HEADER}from .._models import BaseModel

__all__ = ["RawMessageDeltaEvent"]


class RawMessageDeltaEvent(BaseModel):
    type: str
`;
const ALIAS = `${HEADER}from .raw_message_delta_event import RawMessageDeltaEvent

__all__ = ["MessageDeltaEvent"]

MessageDeltaEvent = RawMessageDeltaEvent
"""The RawMessageDeltaEvent type should be used instead"""
`;
const SDKGEN_TYPES_INIT = `${HEADER}from __future__ import annotations

from .raw_message_delta_event import RawMessageDeltaEvent as RawMessageDeltaEvent
`;
const THEIR_TYPES_INIT = `${SDKGEN_TYPES_INIT}from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
`;
const SDKGEN_CONSTANTS = `${HEADER}DEFAULT_MAX_RETRIES = 2
`;
const THEIR_CONSTANTS = `${SDKGEN_CONSTANTS}
HUMAN_PROMPT = "\\n\\nHuman:"
`;
const SDKGEN_INIT = `${HEADER}from ._constants import DEFAULT_MAX_RETRIES

__all__ = ["DEFAULT_MAX_RETRIES"]
`;
const THEIR_INIT = `${HEADER}from ._constants import DEFAULT_MAX_RETRIES, HUMAN_PROMPT as HUMAN_PROMPT

__all__ = ["DEFAULT_MAX_RETRIES", "HUMAN_PROMPT"]
`;
const OWNERS = `from __future__ import annotations

from ... import HUMAN_PROMPT
from ...types import MessageDeltaEvent


def describe(event: MessageDeltaEvent) -> str:
    return HUMAN_PROMPT + event.type
`;

function migrated(setUp: (plan: ReturnType<typeof emptyMigrationPlan>) => void = () => {}) {
  const plan = emptyMigrationPlan();
  plan.writes.push({ path: 'src/acme/types/__init__.py', contents: SDKGEN_TYPES_INIT });
  plan.writes.push({ path: 'src/acme/types/raw_message_delta_event.py', contents: RAW });
  plan.writes.push({ path: 'src/acme/_models.py', contents: 'class BaseModel: ...\n' });
  plan.writes.push({ path: 'src/acme/_constants.py', contents: SDKGEN_CONSTANTS });
  plan.writes.push({ path: 'src/acme/__init__.py', contents: SDKGEN_INIT });
  plan.kept.push('src/acme/lib/streaming/_types.py');
  plan.removed.push('src/acme/types/message_delta_event.py');
  setUp(plan);
  const texts: Record<string, string> = {
    'src/acme/types/__init__.py': THEIR_TYPES_INIT,
    'src/acme/types/raw_message_delta_event.py': RAW,
    'src/acme/types/message_delta_event.py': ALIAS,
    'src/acme/_constants.py': THEIR_CONSTANTS,
    'src/acme/__init__.py': THEIR_INIT,
    'src/acme/_models.py': 'class BaseModel: ...\n',
    'src/acme/lib/streaming/_types.py': OWNERS,
  };
  const rendered = new Set(plan.writes.map((f) => f.path));
  const repository = (p: string) => texts[p] ?? null;
  defineKeptImports(plan, rendered, repository, 'acme');
  exportKeptModules(plan, rendered, repository, 'acme');
  const written = (p: string) => plan.writes.find((f) => f.path === p)!.contents;
  return { plan, written };
}

describe("names the owners import from a package that Stainless's __init__.py re-exported", () => {
  it("keep Stainless's module defining them, re-exported as before; a definition of sdkgen's module is carried", () => {
    const { plan, written } = migrated();
    expect(plan.needsHand).toEqual([]);
    expect(plan.keptImported).toEqual(['src/acme/types/message_delta_event.py']);
    expect(plan.removed).toEqual([]);
    expect(written('src/acme/types/__init__.py')).toContain(
      'from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent\n',
    );
    expect(written('src/acme/_constants.py')).toContain('HUMAN_PROMPT = "\\n\\nHuman:"\n');
    expect(written('src/acme/__init__.py')).toContain('from ._constants import HUMAN_PROMPT as HUMAN_PROMPT\n');
    expect(written('src/acme/__init__.py')).toContain('"HUMAN_PROMPT"]');
  });

  it('need nothing of a person where the module defining them stays already', () => {
    const { plan, written } = migrated((p) => {
      p.removed = [];
      p.keptImported.push('src/acme/types/message_delta_event.py');
    });
    expect(plan.needsHand.map((n) => n.reason).join('\n')).not.toContain('MessageDeltaEvent');
    expect(written('src/acme/types/__init__.py')).toContain('MessageDeltaEvent as MessageDeltaEvent');
  });

  it('are left to a person where the module defining them had the owners’ edits that did not carry', () => {
    const { plan } = migrated((p) =>
      p.rejected.push({ path: 'src/acme/types/message_delta_event.py', hunks: ['@@ -1 +1 @@\n-a\n+b\n'] }),
    );
    expect(plan.removed).toEqual(['src/acme/types/message_delta_event.py']);
    expect(plan.needsHand.map((n) => n.reason)).toEqual([expect.stringContaining('`MessageDeltaEvent`')]);
  });
});
