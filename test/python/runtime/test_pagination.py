from __future__ import annotations

from acme import Acme, AsyncAcme
from acme.types import Prompt
from acme.pagination import SyncLinkPage, AsyncCursorPage
from server import ApiServer


def test_iterates_all_pages(client: Acme, server: ApiServer) -> None:
    page = client.prompts.list(limit=2)
    assert [p.prompt_id for p in page.data] == ["p1", "p2"]
    assert page.has_next_page()
    all_ids = [p.prompt_id for p in page]
    assert all_ids == ["p1", "p2", "p3", "p4", "p5"]
    assert all(isinstance(p, Prompt) for p in page.data)
    # follow-up requests keep the original params and add the cursor
    assert server.requests[-1].query == {"limit": ["2"], "after": ["p4"]}


def test_iter_pages_and_next(client: Acme) -> None:
    first = client.prompts.list()
    pages = list(first.iter_pages())
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert not pages[-1].has_next_page()
    second = first.get_next_page()
    assert second.data[0].prompt_id == "p3"


def test_link_pages(client: Acme, server: ApiServer) -> None:
    page = client.prompts.list_linked()
    assert isinstance(page, SyncLinkPage)
    assert [p.prompt_id for p in page] == ["l1", "l2", "l3"]
    assert server.requests[-1].query == {"page": ["3"]}
    assert server.requests[-1].path == "/api/v1/linked"


async def test_async_pages(async_client: AsyncAcme) -> None:
    first = await async_client.prompts.list()
    assert isinstance(first, AsyncCursorPage)
    assert [p.prompt_id for p in first.data] == ["p1", "p2"]
    ids = [p.prompt_id async for p in async_client.prompts.list()]
    assert ids == ["p1", "p2", "p3", "p4", "p5"]
    sizes = [len(page.data) async for page in first.iter_pages()]
    assert sizes == [2, 2, 1]
    nxt = await first.get_next_page()
    assert nxt.data[0].prompt_id == "p3"


async def test_async_link_pages(async_client: AsyncAcme) -> None:
    ids = [p.prompt_id async for p in async_client.prompts.list_linked()]
    assert ids == ["l1", "l2", "l3"]
