"""PrintedController without a window: signals, Cancel keeps the rest queued, the next account
start takes the queue up again."""

from __future__ import annotations

from datetime import date

from desktop_app.core.cancel import NEVER
from desktop_app.gui.controllers.printed import PrintedController
from desktop_app.gui.workers import JobRunner
from desktop_app.services import printed
from desktop_app.services.library import open_library
from tests.fakes.sources import discogs_source


def controller(qtbot, server):
    qr = server.add_field("QR")
    library = open_library(discogs_source(server))
    library.load_folder_fully(0, NEVER)
    printed.set_printed_field(library, qr, "QR")
    runner = JobRunner()
    ctl = PrintedController(runner)
    ctl.set_account(library, library.source)
    return ctl, runner, library, qr


def test_exported_records_are_marked_with_progress_signals(qtbot, server) -> None:
    ctl, runner, library, qr = controller(qtbot, server)
    ctl.ask_first = lambda name, count: True
    seen: list[tuple[int, int]] = []
    ctl.progress.connect(lambda done, total: seen.append((done, total)))
    ids = [i.instance_id for i in library.cached_instances(0)[:4]]
    with qtbot.waitSignal(ctl.finished, timeout=10_000) as blocker:
        ctl.exported(ids)
        assert ctl.busy()
    run = blocker.args[0]
    assert (run.written, run.remaining) == (4, 0)
    assert seen[-1] == (4, 4)
    assert {server.field_value(i, qr) for i in ids} == {printed.printed_value(date.today())}
    runner.shutdown()


def test_no_consent_means_no_write(qtbot, server) -> None:
    ctl, runner, library, _qr = controller(qtbot, server)
    ctl.ask_first = lambda name, count: False
    ctl.exported([i.instance_id for i in library.cached_instances(0)[:3]])
    assert not ctl.busy() and printed.pending(library) == [] and server.field_writes == []
    assert not printed.has_consent(library)
    runner.shutdown()


def test_cancel_keeps_the_rest_and_the_next_start_writes_it(qtbot, server) -> None:
    ctl, runner, library, _qr = controller(qtbot, server)
    printed.give_consent(library)
    server.slow_paths = {"/fields/": 0.05}
    ids = [i.instance_id for i in library.cached_instances(0)[:30]]
    ended: list[bool] = []
    ctl.workEnded.connect(lambda: ended.append(True))
    ctl.exported(ids)
    qtbot.waitUntil(lambda: len(server.field_writes) >= 3, timeout=10_000)
    ctl.cancel()
    assert ended and not ctl.busy()
    qtbot.waitUntil(lambda: runner_idle(runner), timeout=10_000)
    left = printed.pending(library)
    assert 0 < len(left) < 30
    server.slow_paths = {}
    again = PrintedController(runner)
    with qtbot.waitSignal(again.finished, timeout=10_000):
        again.set_account(library, library.source)  # the next start: the queue is taken up
    written = [i for i, _f, _v in server.field_writes]
    assert sorted(set(written)) == sorted(ids) and len(written) == 30
    runner.shutdown()


def runner_idle(runner: JobRunner) -> bool:
    from desktop_app.gui import workers

    return workers.running_threads() == 0
