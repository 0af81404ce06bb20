/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose api.md names the client as its README does
 * (`conductor.end_users.create()`, the variable of `conductor = Conductor()`), not `client.…`: the config it writes
 * has every method and the models of each section, as with `client.…` (conductor-is/quickbooks-desktop-python's
 * api.md is so; before, migrate found no method and refused `--from-repo`). And the models of a section are found by
 * the shape of the class Stainless declared where its fields run over several lines (`Literal[` … `] = FieldInfo(…)`,
 * `= (` … `)`), and in a module named as a keyword is escaped (`class_.py`): conductor's spec names its schemas
 * `qbd_account`, so only the shape tells which one `Account` is.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiMdClientName } from '../generator/migrate/python/derived-config/api-md-client';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const apiMd = (client: string) => `# AuthSessions

Types:

\`\`\`python
from acme.types import AuthSession
\`\`\`

Methods:

- <code title="post /auth-sessions">${client}.auth_sessions.<a href="./src/acme/resources/auth_sessions.py">create</a>(\\*\\*<a href="src/acme/types/auth_session_create_params.py">params</a>) -> <a href="./src/acme/types/auth_session.py">AuthSession</a></code>

# Qbd

Methods:

- <code title="get /qbd/health-check">${client}.qbd.<a href="./src/acme/resources/qbd/qbd.py">health_check</a>() -> <a href="./src/acme/types/qbd_health_check_response.py">QbdHealthCheckResponse</a></code>

## Accounts

Types:

\`\`\`python
from acme.types.qbd import Account
\`\`\`

Methods:

- <code title="get /qbd/accounts/{id}">${client}.qbd.accounts.<a href="./src/acme/resources/qbd/accounts.py">retrieve</a>(id) -> <a href="./src/acme/types/qbd/account.py">Account</a></code>
- <code title="get /qbd/accounts">${client}.qbd.accounts.<a href="./src/acme/resources/qbd/accounts.py">list</a>() -> <a href="./src/acme/types/qbd/account_list_response.py">AccountListResponse</a></code>
`;

const shapeOf = (members: string[]) => ({ kind: 'object' as const, members: [...members].sort() });
const SPEC = {
  schemas: [
    { key: 'AuthSession', name: 'AuthSession', shape: shapeOf(['id', 'url']) },
    { key: 'Account', name: 'Account', shape: shapeOf(['id', 'name']) },
  ],
  responseSchemas: new Map<string, string>([
    ['post /auth-sessions', 'AuthSession'],
    ['get /qbd/accounts/{id}', 'Account'],
  ]),
};

interface Config {
  resources: Record<
    string,
    {
      models?: Record<string, string>;
      methods?: Record<string, unknown>;
      subresources?: Record<string, { models?: Record<string, string>; methods?: Record<string, unknown> }>;
    }
  >;
}

function derived(client: string) {
  const result = derivePythonConfig([{ path: 'api.md', text: apiMd(client) }] as never, 'acme', SPEC);
  expect(result).not.toBeNull();
  return { config: yaml.load(result!.text) as Config, notes: result!.notes };
}

describe('migrate --from-repo (Python): the client as api.md names it', () => {
  it('is the name its method lines share', () => {
    expect(apiMdClientName(apiMd('conductor'))).toBe('conductor');
    expect(apiMdClientName(apiMd('client'))).toBe('client');
    expect(apiMdClientName('# Nothing\n')).toBe('client');
  });

  it('writes the same resources, methods and models as from `client.…`', () => {
    const named = derived('conductor');
    const plain = derived('client');
    expect(named.config.resources).toEqual(plain.config.resources);
    expect(named.config.resources.auth_sessions.methods).toEqual({ create: 'post /auth-sessions' });
    expect(named.config.resources.auth_sessions.models).toEqual({ auth_session: '#/components/schemas/AuthSession' });
    expect(named.config.resources.qbd.methods).toEqual({ health_check: 'get /qbd/health-check' });
    expect(named.config.resources.qbd.subresources?.accounts.methods).toEqual({
      retrieve: 'get /qbd/accounts/{id}',
      list: 'get /qbd/accounts',
    });
    expect(named.config.resources.qbd.subresources?.accounts.models).toEqual({
      account: '#/components/schemas/Account',
    });
    expect(named.notes.join('\n')).not.toMatch(/is no resource method/);
  });

  it("leaves out a line of another name than the client's, and says so", () => {
    const text = `${apiMd('conductor')}- <code title="get /other">other.things.<a href="x">list</a>() -> None</code>\n`;
    const result = derivePythonConfig([{ path: 'api.md', text }] as never, 'acme', SPEC)!;
    expect(result.notes.join('\n')).toMatch(/other\.things\.list \(get \/other\) is no resource method/);
  });
});

const ACCOUNT = `from typing import Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ...._models import BaseModel

__all__ = ["Account"]


class Account(BaseModel):
    id: str
    """The unique identifier."""

    account_type: Literal[
        "bank",
        "equity",
    ] = FieldInfo(alias="accountType")
    """The classification of this account."""

    cash_flow_classification: Optional[Literal["financing", "investing", "none", "not_applicable"]] = (
        FieldInfo(alias="cashFlowClassification", default=None)
    )
    """How the account is classified."""

    object_type: Literal["qbd_account"] = FieldInfo(alias="objectType")
`;

const CLASS = `from ...._models import BaseModel

__all__ = ["Class"]


class Class(BaseModel):
    id: str

    full_name: str = FieldInfo(
        alias="fullName"
    )
`;

describe('migrate --from-repo (Python): a model found by the shape of its class', () => {
  const schemas = [
    {
      key: 'qbd_account',
      name: 'qbd_account',
      shape: {
        kind: 'object' as const,
        members: ['accountType', 'cashFlowClassification', 'id', 'objectType'],
        detail: ['accountType', 'cashFlowClassification', 'id', 'objectType=qbd_account'],
      },
    },
    // (Of the same members but the first two, as Stainless would have read them from the field lines alone.)
    {
      key: 'qbd_other',
      name: 'qbd_other',
      shape: shapeOf(['account_type', 'cash_flow_classification', 'id', 'objectType']),
    },
    { key: 'qbd_class', name: 'qbd_class', shape: shapeOf(['fullName', 'id']) },
  ];
  const text = `# Qbd

## Accounts

Types:

\`\`\`python
from acme.types.qbd import Account
\`\`\`

Methods:

- <code title="get /qbd/accounts">conductor.qbd.accounts.<a href="x">list</a>() -> None</code>

## Classes

Types:

\`\`\`python
from acme.types.qbd import Class
\`\`\`

Methods:

- <code title="get /qbd/classes">conductor.qbd.classes.<a href="x">list</a>() -> None</code>
`;
  const files = [
    { path: 'api.md', text },
    { path: 'src/acme/types/qbd/account.py', text: ACCOUNT },
    { path: 'src/acme/types/qbd/class_.py', text: CLASS },
  ];

  it('reads a field written over several lines, and a module named as a keyword', () => {
    const result = derivePythonConfig(files as never, 'acme', { schemas, responseSchemas: new Map() })!;
    const config = yaml.load(result.text) as Config;
    expect(config.resources.qbd.subresources?.accounts.models).toEqual({
      account: '#/components/schemas/qbd_account',
    });
    expect(config.resources.qbd.subresources?.classes.models).toEqual({ class: '#/components/schemas/qbd_class' });
    expect(result.notes.join('\n')).not.toMatch(/match no schema/);
  });
});
