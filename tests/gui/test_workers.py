"""Workers: pages as signals, errors as values, cancel, clean shutdown of running threads."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.cancel import CancelToken
from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.discogs.auth import TokenAuth
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.gui.workers import CallJob, FolderLoadJob, FoldersJob, JobRunner
from desktop_app.services.source import DemoSource
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs


@pytest.fixture
def runner(qapp):
    runner = JobRunner()
    yield runner
    assert runner.shutdown(timeout_ms=5000)


@pytest.fixture
def server():
    collection = generated_collection({"Main": 250, "Other": 30}, username="collector")
    with FakeDiscogs(collection, rate_limit=1000) as srv:
        yield srv


def discogs_source(srv: FakeDiscogs, token: str = "good-token") -> DiscogsSource:
    gateway = Gateway(srv.url, auth=TokenAuth(token), rate_limit=1000, backoff_base=0.01)
    return DiscogsSource(gateway, username=srv.username)


def test_folder_load_emits_one_signal_per_page(qtbot, runner, server):
    source = discogs_source(server)
    job = FolderLoadJob(source, 0)
    pages = []
    job.page.connect(lambda job_id, page: pages.append((job_id, page)))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        runner.start(job)
    assert blocker.args == [job.id, 280]
    assert [p.page for _id, p in pages] == [1, 2, 3]
    assert {job_id for job_id, _p in pages} == {job.id}
    assert [len(p.rows) for _id, p in pages] == [100, 100, 80]
    assert pages[0][1].total == 280
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)


def test_folders_job_result(qtbot, runner):
    job = FoldersJob(DemoSource())
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        runner.start(job)
    result = blocker.args[1]
    assert result.folders[0].id == 0 and result.folders[0].name == "All"
    assert result.note_fields


def test_auth_error_is_a_value(qtbot, runner, server):
    job = FolderLoadJob(discogs_source(server, token="wrong"), 0)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        runner.start(job)
    error = blocker.args[1]
    assert isinstance(error, AppError) and error.kind == ErrorKind.AUTH


def test_unexpected_exception_becomes_failed_signal(qtbot, runner):

    def boom(_token: CancelToken) -> None:
        raise ValueError("kaput")

    job = CallJob(boom)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        runner.start(job)
    assert "kaput" in blocker.args[1].message


def test_cancel_and_shutdown_join_running_threads(qtbot, runner):
    started = threading.Event()

    def slow(token: CancelToken) -> str:
        started.set()
        token.sleep(30)
        return "finished"

    jobs = [runner.start(CallJob(slow)) for _ in range(3)]
    assert started.wait(5)
    cancelled = []
    for job in jobs:
        job.cancelled.connect(lambda job_id: cancelled.append(job_id))
    assert runner.shutdown(timeout_ms=5000)
    assert runner.running() == []
    qtbot.waitUntil(lambda: len(cancelled) == 3, timeout=2000)


def test_slow_server_load_cancels_quickly(qtbot, runner, server):
    server.slow_seconds = 0.3
    job = FolderLoadJob(discogs_source(server), 0)
    with qtbot.waitSignal(job.page, timeout=10_000):
        runner.start(job)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert runner.shutdown(timeout_ms=5000)
