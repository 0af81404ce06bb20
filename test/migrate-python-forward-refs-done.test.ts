/**
 * llamacloud-python's owners moved `from .pipeline import Pipeline` above Stainless's `PipelineListResponse:
 * TypeAlias = List["Pipeline"]` and unquoted the name (a plain alias's quoted name resolves in no module, so a response
 * parsed as the alias elsewhere could not name the class). sdkgen writes that alias as a `TypeAliasType`, whose quoted
 * names its runtime resolves in the alias's module (test/python/runtime/test_alias_forward_refs.py): migrate lists the
 * edit as done by sdkgen, with that test, where it was left for a person (carried line by line, it broke sdkgen's
 * `if`/`else`). Any other edit of the module stays for a person.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const PATH = 'src/acme/types/pipeline_list_response.py';
const STAINLESS = `from typing import List
from typing_extensions import TypeAlias

__all__ = ["PipelineListResponse"]

PipelineListResponse: TypeAlias = List["Pipeline"]

from .pipeline import Pipeline
`;
const OWNERS = `from typing import List
from typing_extensions import TypeAlias

__all__ = ["PipelineListResponse"]

from .pipeline import Pipeline

PipelineListResponse: TypeAlias = List[Pipeline]
`;
const SDKGEN = `from __future__ import annotations

from typing import TYPE_CHECKING, List
from typing_extensions import TypeAlias, TypeAliasType

from .._compat import PYDANTIC_V1

__all__ = ["PipelineListResponse"]

if TYPE_CHECKING or not PYDANTIC_V1:
    PipelineListResponse = TypeAliasType("PipelineListResponse", List["Pipeline"])
else:
    PipelineListResponse: TypeAlias = List["Pipeline"]

from .pipeline import Pipeline
`;

const plan = (owners: string) =>
  planPythonMigration({
    current: checkoutOf({ [PATH]: owners }),
    base: baseOf({ [PATH]: STAINLESS }),
    rendered: [{ path: PATH, contents: SDKGEN }],
    importName: 'acme',
  });

describe("sdkgen migrate (Python): the owners' import above an alias naming its class in quotes", () => {
  it("is done by sdkgen's TypeAliasType, listed with the test showing it; sdkgen's module is written", () => {
    const result = plan(OWNERS);
    expect(result.rejected.filter((r) => r.path === PATH)).toEqual([]);
    expect(result.needsHand.filter((n) => n.path === PATH)).toEqual([]);
    expect(result.doneBySdkgen.filter((d) => d.path === PATH).map((d) => d.test)).toContain(
      'test/python/runtime/test_alias_forward_refs.py › test_quoted_class_of_an_alias_resolves_in_its_module',
    );
    expect(result.writes.find((f) => f.path === PATH)?.contents).toContain(
      'PipelineListResponse = TypeAliasType("PipelineListResponse", List["Pipeline"])',
    );
  });

  it('is done in a package of a dotted name (`cerebras.cloud.sdk`, its types under src/cerebras/cloud/sdk/)', () => {
    const nested = PATH.replace('src/acme/', 'src/cerebras/cloud/sdk/');
    const result = planPythonMigration({
      current: checkoutOf({ [nested]: OWNERS }),
      base: baseOf({ [nested]: STAINLESS }),
      rendered: [{ path: nested, contents: SDKGEN }],
      importName: 'cerebras.cloud.sdk',
    });
    expect(result.needsHand.filter((n) => n.path === nested)).toEqual([]);
    expect(result.doneBySdkgen.filter((d) => d.path === nested).map((d) => d.test)).toContain(
      'test/python/runtime/test_alias_forward_refs.py › test_quoted_class_of_an_alias_resolves_in_its_module',
    );
  });

  it('leaves an edit that also changes what the alias names for a person', () => {
    const result = plan(OWNERS.replace('List[Pipeline]', 'List[Optional[Pipeline]]'));
    expect(result.doneBySdkgen.filter((d) => d.path === PATH)).toEqual([]);
    expect(result.rejected.find((r) => r.path === PATH)?.hunks.join('\n')).toContain('List[Optional[Pipeline]]');
  });
});
