"""A whole session, then every file the app wrote and everything it printed, grepped for secrets.

Sign in by personal token and by OAuth against the fake server, load the collection, export (the
services path and the CLI), meet a 401, crash (a report is written), sign out. The token, the
OAuth token secret and the consumer secret must appear nowhere: not in settings, library, history,
logs, crash reports, the CSV, or on stdout/stderr.
"""

from __future__ import annotations

import logging
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app import cli, logs
from desktop_app.core.cancel import NEVER
from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.core.redact import forget_secrets
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.discogs.oauth import OAuthFlow
from desktop_app.services import account
from desktop_app.services.export import export_rows, save_export
from desktop_app.services.library import open_library
from desktop_app.store.cache import account_key
from desktop_app.store.history import ExportHistory
from desktop_app.store.secrets import SecretStore
from desktop_app.store.settings import Settings
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

PERSONAL = "leakcheck-personal-token-9f8e7d6c"
CONSUMER_SECRET = "leakcheck-consumer-secret-4b3a21"


def everything_written(root: Path) -> list[tuple[Path, bytes]]:
    """Every file under ``root`` as bytes; SQLite files also with their compressed items opened."""
    out = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data.startswith(b"SQLite format 3"):
            conn = sqlite3.connect(path)
            try:
                for (blob,) in conn.execute("SELECT item FROM instances WHERE item IS NOT NULL"):
                    data += zlib.decompress(blob)
            except sqlite3.Error:
                pass
            finally:
                conn.close()
        out.append((path, data))
    return out


def approve(url: str) -> None:
    """The user approves in the browser; the redirect goes to the app's loopback callback."""
    browser = requests.Session()
    browser.trust_env = False
    try:
        page = browser.get(url + "&approve=1", timeout=5, allow_redirects=False)
        browser.get(page.headers["Location"], timeout=5, allow_redirects=False)
    finally:
        browser.close()


def test_a_full_session_leaves_no_secret_anywhere(
    monkeypatch: pytest.MonkeyPatch,
    isolated_home: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    logs.shutdown_logging()
    forget_secrets()
    srv = FakeDiscogs(
        generated_collection({"Jazz": 130}, seed=5),
        personal_token=PERSONAL,
        consumer_secret=CONSUMER_SECRET,
        rate_limit=100_000,
    ).start()
    srv.enforce_rate_limit = False
    monkeypatch.setenv("DISCOGS_API_URL", srv.url)
    monkeypatch.setenv("DISCOGS_WEB_URL", srv.url)
    monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.01")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    logs.setup_logging()
    noisy = logging.getLogger()  # as hostile as it gets: every library logs everything
    old_level = noisy.level
    noisy.setLevel(logging.DEBUG)
    debug_log = logs.log_dir() / "debug.log"
    handler = logging.FileHandler(debug_log, encoding="utf-8")
    handler.setFormatter(logs.RedactingFormatter(logs._FORMAT))
    noisy.addHandler(handler)
    secrets: list[str] = [PERSONAL, CONSUMER_SECRET]
    try:
        # 1. sign in with the personal token, kept in the keyring (in memory in tests)
        creds = account.sign_in_with_token(PERSONAL)
        account.remember(creds, SecretStore("keyring"))
        Settings.load().save()
        # 2. sign in by OAuth (loopback callback), replacing the token
        flow = OAuthFlow("ck", CONSUMER_SECRET)
        approve(flow.start())
        oauth = flow.complete(flow.wait_for_callback(timeout=5))
        secrets += [oauth.token, oauth.token_secret]
        account.remember(oauth, SecretStore("keyring"))
        # 3. load the collection into the library
        source = DiscogsSource(Gateway(auth=oauth.auth(), backoff_base=0.01), oauth.username)
        library = open_library(source)
        instances = library.load_folder_fully(0, NEVER)
        assert len(instances) == 130
        library.cache.set_state("last_folder", 0)
        # 4. export through the services (with history) and through the CLI (token from env)
        rows = export_rows(instances, folder_names={f.id: f.name for f in source.folders()})
        history = ExportHistory(account_key(oauth.username or ""))
        saved = save_export(work / "services.csv", rows, [i.instance_id for i in instances],
                            history=history)  # fmt: skip
        assert saved.rows == 130 and saved.history_recorded
        monkeypatch.setenv("DISCOGS_TOKEN", PERSONAL)
        assert cli.main(["export", "--folder", "0", "--output", "cli.csv"]) == 0
        # 5. a 401: the tokens are revoked mid-session
        srv.revoke()
        with pytest.raises(AppError) as caught:
            library.refresh(NEVER, full=True)
        assert caught.value.kind == ErrorKind.AUTH
        logging.getLogger("desktop_app.test").warning("refresh failed: %s", caught.value)
        assert cli.main(["folders"]) == 3
        # 6. a crash whose message holds the secrets, as a careless error might
        try:
            raise RuntimeError(f"boom {oauth.token} {oauth.token_secret} token={PERSONAL}")
        except RuntimeError as exc:
            line = logs.report_cli_crash(exc)
        print(line)
        # 7. sign out
        monkeypatch.delenv("DISCOGS_TOKEN")
        account.sign_out()
        assert account.stored_credentials() is None
    finally:
        noisy.removeHandler(handler)
        handler.close()
        noisy.setLevel(old_level)
        logs.shutdown_logging()
        forget_secrets()
        srv.stop()
    printed = capfd.readouterr()
    written = everything_written(isolated_home) + everything_written(work)
    names = {p.name for p, _ in written}
    assert {"services.csv", "cli.csv", logs.LOG_NAME, "debug.log"} <= names
    assert any(n.startswith("crash-") for n in names)
    assert any(n.endswith(".sqlite3") for n in names)
    assert debug_log.stat().st_size > 0
    leaks: list[Any] = []
    for secret in secrets:
        assert len(secret) >= 6
        needle = secret.encode("utf-8")
        leaks += [(str(path), secret) for path, data in written if needle in data]
        if secret in printed.out or secret in printed.err:
            leaks.append(("printed", secret))
    assert leaks == []
