"""Encoding a batch of codes in worker processes: the same symbols as here, in order, and a
failing pool never loses a sticker."""

from __future__ import annotations

import pytest

from desktop_app.stickers import encode_pool, qr
from desktop_app.stickers.qr import spec_from_row
from tests.stickers.helpers import make_row


def _specs(count: int):
    return [spec_from_row(make_row(i)) for i in range(count)]


@pytest.fixture(autouse=True)
def cold_cache():
    qr._matrix.cache_clear()
    yield
    qr._matrix.cache_clear()


def test_worker_processes_make_the_same_symbols_in_order():
    specs = [*_specs(90), spec_from_row(make_row(1, Content=""))]
    handed = list(encode_pool.encoded_in_order(specs, min_codes=1))
    assert handed == specs
    for spec in specs[:-1]:
        key = qr.code_key(spec)
        assert key in qr._matrix  # encoded by a worker, before it was handed back
        assert qr._matrix(*key) == qr.encode(*key)


def test_a_small_batch_is_encoded_here(monkeypatch):
    def no_pool(*_args, **_kwargs):
        raise AssertionError("no process pool for a small batch")

    monkeypatch.setattr(encode_pool, "ProcessPoolExecutor", no_pool)
    specs = _specs(5)
    assert list(encode_pool.encoded_in_order(specs)) == specs


def test_a_failing_pool_leaves_the_codes_to_this_process(monkeypatch):
    class Broken:
        def __init__(self, *_args, **_kwargs):
            pass

        def submit(self, *_args):
            raise_later = encode_pool.Future()
            raise_later.set_exception(RuntimeError("worker killed"))
            return raise_later

        def shutdown(self, **_kwargs):
            pass

    monkeypatch.setattr(encode_pool, "ProcessPoolExecutor", Broken)
    specs = _specs(60)
    assert list(encode_pool.encoded_in_order(specs, min_codes=1)) == specs
    assert all(qr.qr_matrix(spec).size >= 21 for spec in specs)  # made here when asked


def test_a_chunk_with_an_overlong_content_reports_it():
    results = encode_pool.encode_chunk([("x" * 8000, "H", True), ("ok", "L", False)])
    assert results[0] == "the content is too long for a QR code"
    assert results[1] == qr.encode("ok", "L", False)
