"""Credentials and the request signers the gateway uses.

Personal access tokens are sent as ``Authorization: Discogs token=…``; OAuth 1.0a access tokens
are signed with requests-oauthlib. The OAuth sign-in itself is in :mod:`.oauth` (the flow),
:mod:`.loopback` (the browser's callback) and :mod:`.identity` (requests and the account check).
"""

from __future__ import annotations

from dataclasses import dataclass

import requests
from requests.auth import AuthBase

from .config import env_token


class TokenAuth(AuthBase):
    """``Authorization: Discogs token=<personal access token>``."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Discogs token={self.token}"
        return request


@dataclass(frozen=True)
class Credentials:
    """What is needed to sign requests: a personal token, or an OAuth access token + secret."""

    kind: str  # "token" or "oauth"
    token: str
    token_secret: str = ""
    consumer_key: str = ""
    consumer_secret: str = ""
    username: str = ""

    def auth(self) -> AuthBase:
        if self.kind == "token":
            return TokenAuth(self.token)
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.consumer_key,
            client_secret=self.consumer_secret,
            resource_owner_key=self.token,
            resource_owner_secret=self.token_secret,
            signature_method="PLAINTEXT",
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "token": self.token,
            "token_secret": self.token_secret,
            "consumer_key": self.consumer_key,
            "consumer_secret": self.consumer_secret,
            "username": self.username,
        }

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Credentials:
        return cls(**{k: str(data.get(k, "")) for k in cls.__dataclass_fields__})


def credentials_from_env() -> Credentials | None:
    """A personal token from ``DISCOGS_TOKEN``, if it is set."""
    token = env_token()
    return Credentials("token", token) if token else None
