"""The cover cache on disk and the image fetch: capped, least recently used first out, names that
say nothing of the address, and the one HTTP place with its refusals."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import requests

from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.services.covers import Covers, clear_cover_cache, cover_cache_size
from desktop_app.services.source import DemoSource
from desktop_app.store.covers import CoverStore
from tests.fakes import images
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs


def test_the_cache_keeps_bytes_by_address_under_names_that_do_not_show_it(tmp_path: Path) -> None:
    store = CoverStore(tmp_path, cap_bytes=10_000)
    url = "https://i.discogs.com/abc/R-1.jpeg"
    assert store.get(url) is None
    store.put(url, b"one")
    assert store.get(url) == b"one"
    names = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert len(names) == 1 and "R-1" not in names[0] and "discogs" not in names[0]
    assert store.size() == 3


def test_past_the_cap_the_least_recently_used_go_first(tmp_path: Path) -> None:
    store = CoverStore(tmp_path, cap_bytes=1000)
    for n in range(3):
        store.put(f"u{n}", bytes(300))
        path = store._path(f"u{n}")
        os.utime(path, (time.time() - 1000 + n * 10, time.time() - 1000 + n * 10))
    # u0 was read lately: u1 is the oldest in use
    os.utime(store._path("u0"), None)
    store.put("u3", bytes(300))
    kept = [n for n in range(4) if store.get(f"u{n}") is not None]
    assert store.size() <= 1000
    assert kept == [0, 2, 3]


def test_a_zero_cap_keeps_nothing_and_clear_empties_it(tmp_path: Path) -> None:
    store = CoverStore(tmp_path, cap_bytes=0)
    store.put("u", b"data")
    assert store.get("u") is None
    store = CoverStore(tmp_path, cap_bytes=1 << 20)
    store.put("u", b"data")
    store.clear()
    assert store.get("u") is None and store.size() == 0


def test_the_profile_cache_size_and_clear(isolated_home: Path) -> None:
    Covers(DemoSource()).fetch(DemoSource()._items[0]["basic_information"]["thumb"])
    assert cover_cache_size() > 0
    clear_cover_cache()
    assert cover_cache_size() == 0


def test_demo_covers_are_bundled_and_need_no_network() -> None:
    demo = DemoSource()
    thumbs = {item["basic_information"]["thumb"] for item in demo._items} - {""}
    data = demo.fetch_image(next(iter(thumbs)))
    assert data[:2] == b"\xff\xd8"  # a JPEG
    with pytest.raises(AppError):
        demo.fetch_image("https://i.discogs.com/x/R-0.jpeg")
    with pytest.raises(AppError):
        demo.fetch_image("https://i.discogs.com/../../collection.json")


@pytest.fixture
def srv():
    server = FakeDiscogs(generated_collection({"Main": 5}, username="collector")).start()
    yield server
    server.stop()


def _thumb(srv: FakeDiscogs) -> str:
    reply = requests.get(
        f"{srv.url}/users/collector/collection/folders/0/releases",
        headers={"Authorization": "Discogs token=good-token", "User-Agent": "test"},
        timeout=5,
    )
    return next(
        i["basic_information"]["thumb"]
        for i in reply.json()["releases"]
        if i["basic_information"]["thumb"]
    )


def _source(srv: FakeDiscogs) -> DiscogsSource:
    from desktop_app.discogs.auth import TokenAuth

    gateway = Gateway(srv.url, auth=TokenAuth("good-token"), backoff_base=0.01)
    return DiscogsSource(gateway, username="collector")


def test_images_go_through_the_gateway_without_the_sign_in(srv: FakeDiscogs) -> None:
    thumb = _thumb(srv)
    data = _source(srv).fetch_image(thumb)
    assert data == images.cover_png(thumb.rpartition("/")[2])
    record = srv.image_log[-1]
    assert record.headers.get("User-Agent", "").startswith("DiscogsQRExport")
    assert "Authorization" not in record.headers
    assert srv.count("/images/") == 0  # the API's log and its rate window know nothing of it


@pytest.mark.parametrize(
    "fault, kind", [(images.HUGE, ErrorKind.DATA), (images.MISSING, ErrorKind.DATA)]
)
def test_refused_images_are_errors_not_crashes(srv: FakeDiscogs, fault: str, kind: ErrorKind):
    thumb = _thumb(srv)
    srv.image_faults = {thumb.rpartition("/")[2]: fault}
    with pytest.raises(AppError) as caught:
        _source(srv).fetch_image(thumb)
    assert caught.value.kind == kind


def test_a_403_from_the_image_server_is_retried_with_backoff_then_given_up(srv: FakeDiscogs):
    thumb = _thumb(srv)
    srv.image_faults = {thumb.rpartition("/")[2]: images.FORBIDDEN}
    with pytest.raises(AppError) as caught:
        _source(srv).fetch_image(thumb)
    assert caught.value.kind == ErrorKind.NETWORK
    assert len(srv.image_log) == 3  # the first try and two retries


def test_covers_come_only_from_discogs_image_hosts(srv: FakeDiscogs) -> None:
    source = _source(srv)
    for url in ("https://example.com/R-1.jpeg", "http://i.discogs.com/R-1.jpeg", "file:///etc"):
        with pytest.raises(AppError):
            source.fetch_image(url)
    assert not srv.image_log


def test_covers_are_decoded_by_their_first_bytes_only() -> None:
    from desktop_app.gui.covers import decode_cover, image_format

    assert image_format(images.cover_png("x")) == b"png"
    assert image_format(b"\xff\xd8\xff\xe0rest") == b"jpeg"
    assert image_format(b"GIF89a...") == b"gif"
    assert image_format(b"RIFF\0\0\0\0WEBPVP8 ") == b"webp"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    assert image_format(svg) is None and decode_cover(svg, 40) is None  # no plugin is asked
    assert decode_cover(images.cover_png("x"), 40).size().toTuple() == (40, 40)
