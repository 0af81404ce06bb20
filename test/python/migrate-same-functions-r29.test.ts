/**
 * migrate (Python): module-level functions the owners added to a module of Stainless's that sdkgen's module defines
 * the same way (writer-python's `model_parse_json` and `model_json_schema` in `_compat.py`, with pydantic 1's branch
 * sdkgen's pydantic-2 package never runs) are already there (same-functions.ts): their edit is Stainless's lines back,
 * not a second definition beside sdkgen's. Before, both were carried: pyright's reportRedeclaration, twice (writer's
 * full trial, check 5), and the later definition, the owners', was the one that ran.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { withSameFunctionsDone } from '../../generator/migrate/python/already-done/same-functions';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

// Stainless's `_compat.py` in its shape (written for this test), the owners' additions, and sdkgen's module.
const STAINLESS = `${HEADER}from typing import Any, TypeVar

import pydantic

PYDANTIC_V1 = pydantic.VERSION.startswith("1.")
_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


def model_parse(model: type[_ModelT], data: Any) -> _ModelT:
    if PYDANTIC_V1:
        return model.parse_obj(data)  # pyright: ignore[reportDeprecated]
    return model.model_validate(data)


# generic models
`;
const ADDED = `def model_parse_json(model: type[_ModelT], data: str | bytes) -> _ModelT:
    if PYDANTIC_V1:
        return model.parse_raw(data)  # pyright: ignore[reportDeprecated]
    return model.model_validate_json(data)


def model_json_schema(model: type[_ModelT]) -> dict[str, Any]:
    if PYDANTIC_V1:
        return model.schema()  # pyright: ignore[reportDeprecated]
    return model.model_json_schema()


`;
const OWNERS = STAINLESS.replace('# generic models\n', `${ADDED}# generic models\n`);
const SDKGEN = `from typing import Any, Dict, Type, Union, TypeVar

import pydantic

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


def model_parse(model: Type[_ModelT], data: Any) -> _ModelT:
    return model.model_validate(data)


def model_parse_json(model: Type[_ModelT], data: Union[str, bytes]) -> _ModelT:
    return model.model_validate_json(data)


def model_json_schema(model: Type[pydantic.BaseModel]) -> Dict[str, Any]:
    """The JSON Schema pydantic gives the model (hand-written helpers, structured outputs, read it)."""
    return model.model_json_schema()
`;

describe("module functions the owners added that sdkgen's module defines the same way", () => {
  it("are already there: the edit is Stainless's lines back", () => {
    expect(withSameFunctionsDone(STAINLESS, OWNERS, SDKGEN)).toEqual({ text: STAINLESS, alreadyThere: 1 });
  });

  it("stay the owners' where sdkgen's function does otherwise, takes other parameters, or is not there", () => {
    const otherBody = SDKGEN.replace('return model.model_validate_json(data)', 'return model.model_validate(data)');
    expect(withSameFunctionsDone(STAINLESS, OWNERS, otherBody)).toBeNull();
    const otherParams = SDKGEN.replace('data: Union[str, bytes]', 'raw: Union[str, bytes]');
    expect(withSameFunctionsDone(STAINLESS, OWNERS, otherParams)).toBeNull();
    const absent = SDKGEN.slice(0, SDKGEN.indexOf('def model_json_schema'));
    expect(withSameFunctionsDone(STAINLESS, OWNERS, absent)).toBeNull();
    // A pydantic-2 path of theirs that differs is theirs (only pydantic 1's branch is set aside).
    const theirsOther = OWNERS.replace('    return model.model_json_schema()\n', '    return {"type": "object"}\n');
    expect(withSameFunctionsDone(STAINLESS, theirsOther, SDKGEN)).toBeNull();
  });

  it('is not carried by migrate: one definition of each in the migrated module', () => {
    const path = 'src/acme/_compat.py';
    const migrated = planPythonMigration({
      current: [{ path, blob: blob(OWNERS), text: OWNERS }],
      base: { blobs: new Map([[path, blob(STAINLESS)]]), texts: new Map([[path, STAINLESS]]) },
      rendered: [{ path, contents: SDKGEN }],
      importName: 'acme',
    });
    const written = migrated.writes.find((f) => f.path === path)?.contents ?? '';
    expect(written.match(/^def model_parse_json\(/gm)).toHaveLength(1);
    expect(written.match(/^def model_json_schema\(/gm)).toHaveLength(1);
    expect(migrated.rejected).toEqual([]);
  });
});
