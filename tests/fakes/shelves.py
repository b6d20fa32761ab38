"""A small collection with a "Shelf" field of the user's own, for the field column and the
``--sort``/``--where`` tests: six records in one folder, one without a shelf."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop_app.core.filters import natural_sort_text
from tests.fakes.dataset import DEFAULT_FIELDS, FakeCollection, make_item

#: The shelves in the order the records were added (natural order: A1 a2 Ä3 A10 B1, empty last).
SHELVES = ["A10", "B1", "", "a2", "Ä3", "A1"]
SHELF_ID = 7


def shelved_items() -> list[dict[str, Any]]:
    """Record n (artist "Artist F" … "Artist A") has shelf SHELVES[n] and, with a shelf, a
    media condition: Mint (M) for odd n, Good (G) for even n."""
    return [
        make_item(
            100 + n,
            5000 + n,
            1,
            title=f"Record {n}",
            artists=[f"Artist {chr(ord('F') - n)}"],
            notes={SHELF_ID: shelf, 1: "Mint (M)" if n % 2 else "Good (G)"} if shelf else None,
            date_added=datetime(2024, 1, 1 + n),
        )
        for n, shelf in enumerate(SHELVES)
    ]


def shelved_collection(username: str = "collector") -> FakeCollection:
    shelf = {"id": SHELF_ID, "name": "Shelf", "type": "dropdown", "position": 4, "public": False}
    shelf["options"] = sorted({s for s in SHELVES if s}, key=natural_sort_text)  # as shelved
    folders = [{"id": 1, "name": "Uncategorized"}]
    return FakeCollection(username, folders, shelved_items(), [*DEFAULT_FIELDS, shelf])
