"""Where the unsaved preview is kept (``services.drafts``): the store and the instance lookup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.core.draft import DRAFT_VERSION, draft_info
from desktop_app.services.drafts import DRAFT_KEY, DraftStore, find_instances
from desktop_app.services.source import DemoSource
from desktop_app.store.cache import Cache


def test_find_instances_in_the_demo_and_a_cache() -> None:
    demo = [i.instance_id for page in DemoSource().iter_pages(0) for i in page.instances]
    wanted = [*demo[:3], 999_999_999]
    found = find_instances(wanted, source=DemoSource())
    assert set(found) == set(wanted[:3])
    assert find_instances(wanted) == {}


def test_draft_store_round_trip_and_bad_values(tmp_path: Path) -> None:
    store = DraftStore.for_demo()
    assert store is not None
    assert store.load() is None
    assert store.save({"version": DRAFT_VERSION, "rows": []})
    assert store.load() == {"version": DRAFT_VERSION, "rows": []}
    assert store.clear()
    assert store.load() is None
    cache = Cache(tmp_path / "x.sqlite")
    cache.set_state(DRAFT_KEY, "garbage")
    assert DraftStore(cache).load() == "garbage"
    assert draft_info("garbage") is None

    class Broken:
        def get_state(self, key: str, default: Any = None) -> Any:
            raise OSError("disk gone")

        def set_state(self, key: str, value: Any) -> None:
            raise OSError("disk full")

        def close(self) -> None:
            raise OSError("still gone")

    broken = DraftStore(Broken(), close_after=True)
    assert broken.load() is None
    assert not broken.save({"a": 1})
    assert not broken.clear()
