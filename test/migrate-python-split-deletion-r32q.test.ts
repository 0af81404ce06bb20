import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { madeBy } from '../generator/migrate/repository/generations';

// Stainless's client as its last generation wrote it: resources and wrappers as cached properties.
const stainless = `from __future__ import annotations

from ._compat import cached_property


class Client:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        return ClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientWithStreamedResponse:
        return ClientWithStreamedResponse(self)

    def users_list(self) -> list[str]:
        return []
`;

// The owners' main branch: the bot's older form (wrappers set in __init__), their deletion of the users resource and
// their method in its place.
const owners = `from __future__ import annotations

from ._compat import cached_property


class Client:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

        self.with_raw_response = ClientWithRawResponse(self)
        self.with_streaming_response = ClientWithStreamedResponse(self)

    def user(self, name: str) -> User:
        """A user by name."""
        return User(self, name)

    def users_list(self) -> list[str]:
        return []
`;

// Lines only the bot's commits on main wrote (its older form): a hunk adding only these is a generation's.
const generated = (removed: string[], added: string[]) =>
  madeBy(
    {
      added: new Set(),
      removed: new Set(),
      botOnly: new Set([
        'self.with_raw_response = ClientWithRawResponse(self)',
        'self.with_streaming_response = ClientWithStreamedResponse(self)',
      ]),
      removedByPeople: new Set(),
    },
    removed,
    added,
  );

describe("a definition the owners deleted, cut by the diff into the generation's and their pieces", () => {
  it('is deleted whole, not left with its head and no return', () => {
    const carried = reapplyPythonEdits(stainless, owners, stainless, { code: true, generated });
    expect(carried.text).not.toContain('def users(self)');
    expect(carried.text).not.toContain('from .resources.users import UsersResource');
    expect(carried.text).toContain('    def users_list(self) -> list[str]:\n        return []\n');
  });
});
