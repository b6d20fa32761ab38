"""The sign-in dialog's wiring: token verification in a worker, storage choice, OAuth steps."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop_app.discogs.oauth import OAuthFlow
from desktop_app.gui.dialogs.sign_in import SignInDialog
from desktop_app.services import account
from desktop_app.store.secrets import unencrypted_file_path
from tests.fakes.server import FakeDiscogs


@pytest.fixture
def server(monkeypatch):
    with FakeDiscogs(rate_limit=1000) as srv:
        monkeypatch.setenv("DISCOGS_API_URL", srv.url)
        monkeypatch.setenv("DISCOGS_WEB_URL", srv.url)
        yield srv


def test_token_sign_in_against_fake(qtbot, server, memory_keyring):
    dialog = SignInDialog(mode="token")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tabs.currentIndex() == 1
    assert not dialog.storage_box.isVisibleTo(dialog)  # a secure keyring exists
    dialog.token_edit.setText("good-token")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.token_button, Qt.MouseButton.LeftButton)
    assert dialog.credentials is not None
    assert dialog.credentials.username == server.username
    assert dialog.store is not None and dialog.store.mode == "keyring"
    assert memory_keyring.store  # saved in the keyring
    assert account.stored_credentials().username == server.username


def test_wrong_token_shows_error_and_stays_open(qtbot, server):
    dialog = SignInDialog(mode="token")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.token_edit.setText("bad-token")
    dialog.submit_token()
    qtbot.waitUntil(lambda: "did not accept" in dialog.status_text(), timeout=10_000)
    assert not dialog.busy.isVisible()
    assert dialog.isVisible()
    assert dialog.credentials is None
    assert account.stored_credentials() is None


def test_no_keyring_offers_session_or_labelled_file(qtbot, server, monkeypatch):
    monkeypatch.setattr("desktop_app.store.secrets.secure_backend_available", lambda: False)
    dialog = SignInDialog(mode="token")
    qtbot.addWidget(dialog)
    assert dialog.storage_box.isVisibleTo(dialog)
    assert "UNENCRYPTED" in dialog.file_radio.text()
    assert dialog.session_radio.isChecked()
    dialog.file_radio.setChecked(True)
    dialog.token_edit.setText("good-token")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit_token()
    assert dialog.store.mode == "file"
    data = json.loads(unencrypted_file_path().read_text("utf-8"))
    assert "UNENCRYPTED" in data["WARNING"]


def test_oauth_with_pasted_code(qtbot, server):
    opened: list[str] = []
    flows: list[OAuthFlow] = []

    def factory(key: str, secret: str) -> OAuthFlow:
        flow = OAuthFlow(key, secret, api_url=server.url, web_url=server.url)
        flows.append(flow)
        return flow

    dialog = SignInDialog(mode="oauth", flow_factory=factory, open_browser=opened.append)
    qtbot.addWidget(dialog)
    dialog.key_edit.setText("ck")
    dialog.secret_edit.setText("cs")
    dialog.start_oauth()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert dialog.url_edit.text() == opened[0]
    assert dialog.paste_row.isVisibleTo(dialog)
    verifier = server.issue_verifier(flows[0].request_token)
    dialog.code_edit.setText(verifier)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit_code()
    assert dialog.credentials.kind == "oauth"
    assert dialog.credentials.username == server.username


def test_cancel_while_waiting_for_browser_stops_cleanly(qtbot, server):
    opened: list[str] = []

    def factory(key: str, secret: str) -> OAuthFlow:
        return OAuthFlow(key, secret, api_url=server.url, web_url=server.url)

    dialog = SignInDialog(flow_factory=factory, open_browser=opened.append)
    qtbot.addWidget(dialog)
    dialog.key_edit.setText("ck")
    dialog.secret_edit.setText("cs")
    dialog.start_oauth()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert dialog.runner.running()  # waiting for the loopback callback
    dialog.reject()
    assert dialog.runner.running() == []
    assert dialog.credentials is None


def test_a_build_with_its_own_key_signs_in_without_asking_for_one(qtbot, server, monkeypatch):
    import sys
    import types

    from desktop_app.discogs import config

    module = types.ModuleType(config.BUILTIN_CONSUMER_MODULE)
    module.CONSUMER_KEY, module.CONSUMER_SECRET = "ck", "cs"
    monkeypatch.setitem(sys.modules, config.BUILTIN_CONSUMER_MODULE, module)
    assert not account.lead_with_token()
    opened: list[str] = []
    flows: list[OAuthFlow] = []

    def factory(key: str, secret: str) -> OAuthFlow:
        flow = account.new_oauth_flow(key, secret, api_url=server.url, web_url=server.url)
        flows.append(flow)
        return flow

    dialog = SignInDialog(flow_factory=factory, open_browser=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.key_box.isCheckable() and not dialog.key_box.isChecked()
    assert dialog.key_edit.text() == ""  # the build's key is never shown
    dialog.start_oauth()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert (flows[0].consumer_key, flows[0].consumer_secret) == ("ck", "cs")
    dialog.reject()


def test_without_a_key_the_token_steps_open_the_developer_settings(qtbot, monkeypatch):
    import sys

    from desktop_app.discogs import config

    monkeypatch.setitem(sys.modules, config.BUILTIN_CONSUMER_MODULE, None)
    assert account.lead_with_token()
    opened: list[str] = []
    dialog = SignInDialog(mode="token", open_browser=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.key_box.isCheckable() and dialog.key_edit.isEnabled()
    qtbot.mouseClick(dialog.developer_button, Qt.MouseButton.LeftButton)
    assert opened == [account.DEVELOPER_SETTINGS_URL]


@pytest.mark.parametrize("built_in_key", [False, True])
def test_the_welcome_page_leads_with_the_token_when_the_build_has_no_key(
    qtbot, monkeypatch, built_in_key
):
    import sys
    import types

    from desktop_app.discogs import config
    from desktop_app.gui.main_window import MainWindow

    module = None
    if built_in_key:
        module = types.ModuleType(config.BUILTIN_CONSUMER_MODULE)
        module.CONSUMER_KEY, module.CONSUMER_SECRET = "ck", "cs"
    monkeypatch.setitem(sys.modules, config.BUILTIN_CONSUMER_MODULE, module)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome
    column = welcome.token_button.parentWidget().layout()
    order = [column.indexOf(welcome.token_button), column.indexOf(welcome.sign_in_button)]
    if built_in_key:
        assert order[1] < order[0] and welcome.steps is None
        assert welcome.sign_in_button.isDefault()
    else:
        assert order[0] < order[1] and welcome.steps is not None
        assert "Generate new token" in welcome.steps.text()
        assert welcome.developer_button is not None and welcome.token_button.isDefault()
    # the demo's invitation offers the same way first
    window.invite_sign_in()
    first = window.banner.action_labels()[0]
    assert first == ("Sign in with Discogs" if built_in_key else "Use a token")
    window.close()
