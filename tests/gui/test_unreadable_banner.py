"""Entries of a folder that could not be read are named in an info banner, the rest shown."""

from __future__ import annotations

from desktop_app.gui.messages import unreadable_text
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, discogs_source


def test_a_load_names_the_entries_it_could_not_read(qtbot, make_window):
    collection = generated_collection({"Main": 150}, username="collector")
    broken = []
    for item in (collection.items[5], collection.items[120]):
        item["id"] = None
        item["basic_information"]["id"] = "not a number"
        broken.append(item["instance_id"])
    with FakeDiscogs(collection, rate_limit=1000) as srv:
        window = make_window(discogs_source(srv), credentials=CREDS)
        with qtbot.waitSignal(window.loadFinished, timeout=15_000):
            pass
        qtbot.waitUntil(lambda: window.model.rowCount() == 148, timeout=15_000)
    assert window.banner.isVisible()
    text = window.banner.text()
    assert text.startswith("2 entries could not be read: instance ")
    assert all(f"instance {iid}" in text for iid in broken)


def test_the_banner_text_counts_what_it_does_not_name():
    assert unreadable_text(["instance 1"]) == "1 entry could not be read: instance 1"
    names = [f"instance {n}" for n in range(8)]
    text = unreadable_text(names)
    assert text.startswith("8 entries could not be read: instance 0; instance 1")
    assert text.endswith("instance 4; and 3 more")
