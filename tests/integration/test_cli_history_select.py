"""``export --not-exported`` on an account: what this computer exported and what is marked
printed on Discogs (from any computer) both count as exported, as in the window."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.discogs.auth import TokenAuth
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.services import printed
from desktop_app.services.history import history_for
from desktop_app.services.library import open_library
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

QR_FIELD = 10


@pytest.fixture
def srv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeDiscogs]:
    collection = generated_collection({"Crate": 8}, username="collector")
    collection.fields.append(
        {"id": QR_FIELD, "name": "QR", "type": "textarea", "position": 9, "public": False}
    )
    collection.items[1]["notes"] = [{"field_id": QR_FIELD, "value": "QR 2026-12-05"}]
    with FakeDiscogs(collection, rate_limit=1000) as server:
        monkeypatch.setenv("DISCOGS_API_URL", server.url)
        monkeypatch.setenv("DISCOGS_TOKEN", "good-token")
        monkeypatch.chdir(tmp_path)
        yield server


def test_not_exported_leaves_out_the_history_and_the_printed_marks(srv, capsys) -> None:
    ids = [int(item["instance_id"]) for item in srv.items]
    source = DiscogsSource(Gateway(srv.url, auth=TokenAuth("good-token")), srv.username)
    library = open_library(source, srv.username)
    printed.set_printed_field(library, QR_FIELD, "QR")  # as the window's settings choose it
    library.close()
    source.gateway.close()
    history_for(srv.username).record([ids[0]], "earlier.csv")

    assert cli.main(["export", "--not-exported", "-o", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))[1:]
    assert len(rows) == len(ids) - 2
    assert cli.main(["export", "--not-exported", "--folder", "Crate", "-o", "rest.csv"]) == 0
    assert set(history_for(srv.username).entries()[-1].instance_ids) == set(ids[2:])
    capsys.readouterr()
    assert cli.main(["export", "--not-exported", "-o", "-"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))[1:] == []
