"""No request twice: a token sign-in through the window, folder switches while a page is on its
way and a Cancel read every resource once (a page that was coming is kept)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.dialogs.sign_in import SignInDialog
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import idle


@pytest.fixture
def server(monkeypatch):
    collection = generated_collection({"Main": 250, "Small": 150}, username="collector", seed=6)
    with FakeDiscogs(collection, rate_limit=100_000) as srv:
        monkeypatch.setenv("DISCOGS_API_URL", srv.url)
        monkeypatch.setenv("DISCOGS_WEB_URL", srv.url)
        yield srv


def sign_in_with_token(qtbot, monkeypatch):
    """The window's token sign-in, with the dialog filled in as the collector would."""

    def ask(parent, mode):
        dialog = SignInDialog(parent, mode=mode)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.token_edit.setText("good-token")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            qtbot.mouseClick(dialog.token_button, Qt.MouseButton.LeftButton)
        return dialog.credentials

    monkeypatch.setattr("desktop_app.gui.main_window.ask_sign_in", ask)


def key(record) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    return record.method, record.path, tuple(sorted(record.query.items()))


def pages_asked(srv: FakeDiscogs, folder: int) -> int:
    return srv.count(f"/folders/{folder}/releases")


def test_sign_in_switches_and_cancel_read_each_resource_once(
    qtbot, make_window, server, monkeypatch
):
    sign_in_with_token(qtbot, monkeypatch)
    main = next(f["id"] for f in server.folders if f["name"] == "Main")
    small = next(f["id"] for f in server.folders if f["name"] == "Small")
    server.slow_paths = {"/releases": 0.4}  # every page is on its way for a while
    window = make_window()
    window.sign_in_token()
    # the first folder (All) is loading: switch while its first page is on its way
    qtbot.waitUntil(lambda: pages_asked(server, 0) == 1, timeout=10_000)
    window.sidebar.select_folder(main)
    qtbot.waitUntil(lambda: pages_asked(server, main) == 1, timeout=10_000)
    window.sidebar.select_folder(small)  # a second switch, Main's first page on its way
    qtbot.waitUntil(lambda: pages_asked(server, small) == 1, timeout=10_000)
    window.actions.cancel.trigger()  # and a Cancel while Small's first page comes
    qtbot.waitUntil(lambda: window.model.total_count() == 100, timeout=10_000)  # kept
    # back to each folder: each goes on after the pages it has (All last: once it is
    # complete every folder is cached, and a cached folder is refreshed when shown)
    for folder, count in ((main, 250), (small, 150), (0, 400)):
        window.sidebar.select_folder(folder)
        qtbot.waitUntil(
            lambda c=count: window.model.total_count() == c and window.loader.is_complete(),
            timeout=15_000,
        )
    qtbot.waitUntil(lambda: idle(window), timeout=10_000)
    gets = Counter(key(r) for r in server.requests if r.method == "GET")
    assert {k: n for k, n in gets.items() if n > 1} == {}
    listed = [r.path.rsplit("/", 1)[-1] for r in server.requests if "/releases" not in r.path]
    assert sorted(listed) == ["fields", "folders", "identity"]  # each once
    assert [pages_asked(server, f) for f in (0, main, small)] == [4, 3, 2]
