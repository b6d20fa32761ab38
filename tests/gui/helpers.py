"""Helpers shared by the window tests that talk to the loopback fake Discogs server."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.discogs.auth import Credentials, TokenAuth
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.gui.collection.release_model import ReleaseModel
from desktop_app.gui.collection.release_proxy import ReleaseProxy
from desktop_app.gui.main_window import MainWindow
from tests.fakes.server import FakeDiscogs

#: The signed-in account of the fake server's collections ("collector").
CREDS = Credentials("token", "good-token", username="collector")


def discogs_source(srv: FakeDiscogs) -> DiscogsSource:
    """The collection on ``srv`` through the real gateway, with quick retries."""
    gateway = Gateway(
        srv.url, auth=TokenAuth("good-token"), rate_limit=100000, backoff_base=0.01, max_retries=1
    )
    return DiscogsSource(gateway, username="collector")


def idle(window: MainWindow) -> bool:
    return not window.loader.is_loading() and not window.loader.is_refreshing()


def checked_models() -> tuple[ReleaseModel, ReleaseProxy, list[QAbstractItemModelTester]]:
    """A release model behind its proxy, each under a fatal QAbstractItemModelTester (keep the
    testers referenced for as long as the models are used)."""
    model = ReleaseModel()
    proxy = ReleaseProxy()
    proxy.setSourceModel(model)
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    return model, proxy, [QAbstractItemModelTester(m, fatal) for m in (model, proxy)]
