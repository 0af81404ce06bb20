/**
 * A method of Stainless's the owners rewrote, return type and all (runwayml/sdk-python's `tasks.retrieve`: `->
 * AwaitableTaskRetrieveResponse`, the response given a `wait_for_task_output` method), where sdkgen's method of the
 * same parameters is written otherwise: their whole method takes the place of sdkgen's, as for a rewrite that keeps
 * the return type. Before, the changed return type made the two methods "differ", and the edits were left for a
 * person, with the names they imported for it unused. The hunk of the return type and the line they added at the
 * end of the body (read as in the class's scope) are in the method taken.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { intoOwnersMethods } from '../generator/migrate/python/reapply/owners-methods';

const STAINLESS = `from typing import Any, cast

from .._resource import SyncAPIResource


class TasksResource(SyncAPIResource):
    def retrieve(
        self,
        id: str,
    ) -> Task:
        """Return a task."""
        return cast(
            Task,
            self._get(
                f"/v1/tasks/{id}",
                cast_to=cast(Any, Task),  # a union
            ),
        )

    def delete(self, id: str) -> None:
        self._delete(f"/v1/tasks/{id}")
`;

const OWNERS = `from typing import Any, cast

from .._resource import SyncAPIResource
from ..lib.polling import AwaitableTask, inject_wait


class TasksResource(SyncAPIResource):
    def retrieve(
        self,
        id: str,
    ) -> AwaitableTask:
        """Return a task."""
        response = self._get(
            f"/v1/tasks/{id}",
            cast_to=cast(Any, AwaitableTask),  # a union
        )
        return cast(AwaitableTask, inject_wait(self._client, response))

    def delete(self, id: str) -> None:
        self._delete(f"/v1/tasks/{id}")
`;

const SDKGEN = `from typing import Any, cast

from .._resource import SyncAPIResource


class TasksResource(SyncAPIResource):
    def retrieve(
        self,
        id: str,
    ) -> Task:
        """Return a task."""
        return cast(Task, self._get(f"/v1/tasks/{id}", cast_to=cast(Any, Task)))

    def delete(self, id: str) -> None:
        self._delete(f"/v1/tasks/{id}")
`;

describe("the owners' rewrite of a method, its return type changed", () => {
  it("takes their whole method in place of sdkgen's, every hunk of it carried", () => {
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, SDKGEN, {});
    const out = intoOwnersMethods(STAINLESS, OWNERS, carried);
    expect(out.rejected).toEqual([]);
    expect(out.text).toContain('    ) -> AwaitableTask:');
    expect(out.text).toContain('        return cast(AwaitableTask, inject_wait(self._client, response))');
    expect(out.text).toContain('from ..lib.polling import AwaitableTask, inject_wait');
    expect(out.text).not.toContain('cast_to=cast(Any, Task)');
  });
});
