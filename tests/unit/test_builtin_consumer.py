"""A packaged build may carry the Discogs application's key; a user's own key outlives sign-out."""

from __future__ import annotations

import sys
import types

import pytest

from desktop_app.discogs import config
from desktop_app.services import account


@pytest.fixture
def builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType(config.BUILTIN_CONSUMER_MODULE)
    module.CONSUMER_KEY = "build-key"  # type: ignore[attr-defined]
    module.CONSUMER_SECRET = "build-secret"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, config.BUILTIN_CONSUMER_MODULE, module)


def test_a_build_without_a_key_leads_with_the_token(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, config.BUILTIN_CONSUMER_MODULE, None)
    assert not account.has_builtin_consumer()
    assert account.stored_consumer() is None
    assert account.DEVELOPER_SETTINGS_URL == "https://www.discogs.com/settings/developers"


def test_the_build_key_is_used_when_the_user_has_none(builtin) -> None:
    assert account.has_builtin_consumer()
    assert account.user_consumer() is None
    assert account.stored_consumer() == ("build-key", "build-secret")
    flow = account.new_oauth_flow()
    assert (flow.consumer_key, flow.consumer_secret) == ("build-key", "build-secret")


def test_the_users_own_key_wins_and_is_kept_across_sign_out(builtin, memory_keyring) -> None:
    creds = account.Credentials("oauth", "at", "ats", "mine", "my-secret", "ann")
    account.finish_sign_in(creds)
    account.sign_out()
    assert account.stored_credentials() is None
    assert account.stored_consumer() == ("mine", "my-secret")


def test_the_build_key_is_not_copied_into_the_keyring(builtin, memory_keyring) -> None:
    creds = account.Credentials("oauth", "at", "ats", "build-key", "build-secret", "ann")
    account.finish_sign_in(creds)
    account.sign_out()
    assert memory_keyring.store == {}
