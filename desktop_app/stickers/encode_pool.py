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

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from ..core.csvio import signals_deferred
from .qr import CodeError, Encoded, StickerSpec, _matrix, code_key, encode

log = logging.getLogger(__name__)

MIN_CODES = 200  # below this, starting the processes costs more than it saves
CHUNK = 40  # codes per task: small enough that the first ones come back soon
MAX_WORKERS = 4
PARENT_POLL = 0.5  # seconds between a worker's checks that its parent is still there

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
        pool = ProcessPoolExecutor(
            worker_count(),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=ignore_interrupts,
            initargs=(os.getpid(),),
        )
    except (OSError, ValueError, NotImplementedError) as exc:
        log.info("encoding in this process: %s", exc)
        yield from specs
        return
    finished = False
    try:
        chunks = [keys[i : i + CHUNK] for i in range(0, len(keys), CHUNK)]
        with signals_deferred():  # the first submit starts the workers: never half-way
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
        finished = True
    finally:
        stop(pool, terminate=not finished)


def ignore_interrupts(parent: int) -> None:
    """In each worker: Ctrl-C (SIGINT to the terminal's process group) is the parent's to act on
    (a worker that died of it would break the pool and let the parent carry on without it); and a
    worker ends by itself when ``parent`` is gone (killed with no chance to terminate it), instead
    of waiting forever on a queue it holds open itself, keeping the terminal's pipes open."""
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(parent,), name="parent-watch", daemon=True).start()


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(0)


def stop(pool: ProcessPoolExecutor, *, terminate: bool) -> None:
    """Shut the pool down without waiting; when the batch did not finish (interrupted, an error,
    the caller stopped reading) its workers are terminated too, so none outlives the work or
    keeps the process from ending."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    if not terminate:
        return
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    with contextlib.suppress(Exception):
        pool.shutdown(wait=True)  # the pool's own thread sees them gone and ends, before exit


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
