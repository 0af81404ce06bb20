/**
 * `sdkgen migrate --from-repo` of a Python SDK without a config reads each model's fields with those of the class it
 * inherits from (Stainless's model of an `allOf` starting from a named model), to match it to a spec schema by shape.
 * The base is found whatever the class header's layout (`class X(\n    Base\n):`, as a formatter writes a long one)
 * and whether the module imports it relatively (`from .connection import Connection`) or by the package's name
 * (`from acme.types.connection import Connection`).
 */
import { describe, expect, it } from 'vitest';
import { modelFields } from '../generator/migrate/python/derived-config/python-models';

const FILES: Record<string, string> = {
  'src/acme/types/connection.py': `from .._models import BaseModel


class Connection(BaseModel):
    id: str

    kind: str
`,
  'src/acme/types/connection_detail.py': `from acme.types.connection import Connection


class ConnectionDetail(
    Connection
):
    detail: str

    kind: Literal["detail"]
`,
  'src/acme/types/connection_update.py': `from .connection import (
    Connection,
)


class ConnectionUpdate(Connection):
    updated: bool
`,
};

const text = (path: string) => FILES[path] ?? null;
const fields = (path: string, name: string) =>
  modelFields(text, path, FILES[path], name)
    ?.map((f) => (f.literal === null ? f.wire : `${f.wire}=${f.literal}`))
    .sort();

describe("a Python model's fields with its base's", () => {
  it('reads a header over several lines and an absolute import', () => {
    expect(fields('src/acme/types/connection_detail.py', 'ConnectionDetail')).toEqual(['detail', 'id', 'kind=detail']);
  });

  it('reads a relative import', () => {
    expect(fields('src/acme/types/connection_update.py', 'ConnectionUpdate')).toEqual(['id', 'kind', 'updated']);
  });
});
