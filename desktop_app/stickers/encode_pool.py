"""Encoding a large batch of QR codes in a few worker processes, while the caller goes on.

``segno`` is pure Python: about 1.3 ms per code, most of a 1,000-sticker sheet's time. For a
large batch the codes are encoded in chunks by spawned processes (no Qt in them: only
:func:`desktop_app.stickers.qr.encode`), in the order the stickers come, and
:func:`encoded_in_order` hands each spec back once its code is in the encoder's cache, so the
decode check of the first stickers runs while later ones are still being encoded. The result is
the same symbol ``segno`` makes in this process; the check still decodes every code as drawn.

Small batches, a frozen (bundled) app and any failure to start or use the processes fall back
to encoding here, one code at a time.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from .qr import CodeError, Encoded, StickerSpec, _matrix, code_key, encode

log = logging.getLogger(__name__)

MIN_CODES = 200  # below this, starting the processes costs more than it saves
CHUNK = 40  # codes per task: small enough that the first ones come back soon
MAX_WORKERS = 4

Key = tuple[str, str, bool]


def encode_chunk(keys: Sequence[Key]) -> list[Encoded | str]:
    """Encode ``keys`` in a worker process: each result, or the CodeError message."""
    out: list[Encoded | str] = []
    for content, error, boost in keys:
        try:
            out.append(encode(content, error, boost))
        except CodeError as exc:
            out.append(str(exc))
    return out


def worker_count() -> int:
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _pending(specs: Sequence[StickerSpec]) -> list[Key]:
    seen: set[Key] = set()
    keys = []
    for spec in specs:
        key = code_key(spec)
        if spec.content and key not in seen and key not in _matrix:
            seen.add(key)
            keys.append(key)
    return keys


def encoded_in_order(
    specs: Sequence[StickerSpec], min_codes: int = MIN_CODES
) -> Iterator[StickerSpec]:
    """``specs`` one by one, each once its code is encoded (in worker processes for a batch
    of at least ``min_codes`` new codes; codes that cannot be made are left to the caller)."""
    keys = _pending(specs)
    if len(keys) < min_codes or getattr(sys, "frozen", False):
        yield from specs
        return
    try:
        pool = ProcessPoolExecutor(worker_count(), mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError, NotImplementedError) as exc:
        log.info("encoding in this process: %s", exc)
        yield from specs
        return
    try:
        chunks = [keys[i : i + CHUNK] for i in range(0, len(keys), CHUNK)]
        futures = [pool.submit(encode_chunk, chunk) for chunk in chunks]
        where = {key: n for n, chunk in enumerate(chunks) for key in chunk}
        taken: set[int] = set()
        broken = False
        for spec in specs:
            n = where.get(code_key(spec))
            if n is not None and n not in taken and not broken:
                taken.add(n)
                broken = not _take(chunks[n], futures[n])
            yield spec
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _take(keys: Iterable[Key], future: Future) -> bool:
    """Put a chunk's encodings in the cache; False when the processes failed (the rest is then
    encoded here, as each code is needed)."""
    try:
        results = future.result()
    except Exception as exc:  # a killed or broken worker: never a lost sticker
        log.warning("the encoding processes failed, encoding here: %s", exc)
        return False
    for key, result in zip(keys, results, strict=True):
        if not isinstance(result, str):
            _matrix.put(key, result)
    return True
