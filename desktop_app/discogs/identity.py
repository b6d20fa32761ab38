"""Sending the OAuth requests and checking an account: ``GET /oauth/identity``.

Requests go through a :class:`~.gateway.Gateway` (pacing, retries, the User-Agent) by default,
or through any ``requests.Session`` or :data:`Transport` callable (tests).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import parse_qs

import requests
from requests.auth import AuthBase

from ..core.errors import AppError, ErrorKind
from ..core.i18n import Errors, Message
from .auth import Credentials
from .config import api_url as default_api_url
from .config import user_agent

HTTP_TIMEOUT = (5.0, 30.0)  # connect, read


#: ``(method, url, auth) -> (status, body text)``; raises AppError(NETWORK) when unreachable.
Transport = Callable[[str, str, AuthBase], tuple[int, str]]


def session_transport(session: requests.Session | None = None) -> Transport:
    """A transport over ``requests``: the app's User-Agent, a timeout on every call, no retries.

    The OAuth endpoints answer form-encoded text (errors are plain text too), so the body is
    returned as text, never parsed as JSON here.
    """

    def call(method: str, url: str, auth: AuthBase) -> tuple[int, str]:
        sess = session or requests.Session()
        try:
            response = sess.request(
                method,
                url,
                auth=auth,
                headers={"User-Agent": user_agent(), "Accept": "*/*"},
                timeout=HTTP_TIMEOUT,
                allow_redirects=False,
            )
        except requests.Timeout as exc:
            raise AppError(
                ErrorKind.NETWORK,
                Errors.tr("Discogs did not answer in time; try again."),
                detail=str(exc),
            ) from exc
        except requests.RequestException as exc:
            raise AppError(
                ErrorKind.NETWORK,
                Errors.tr("Could not reach Discogs; check the internet connection and try again."),
                detail=str(exc),
            ) from exc
        finally:
            if session is None:
                sess.close()
        return response.status_code, response.text

    return call


def transport_for(gateway_or_session: object | None, api_url: str | None = None) -> Transport:
    """How OAuth requests are sent: through a Gateway (default: a new one, for pacing, retries
    and the User-Agent), a ``requests.Session``, or any :data:`Transport` callable."""
    if gateway_or_session is None:
        from .gateway import Gateway

        return Gateway(api_url).transport
    if isinstance(gateway_or_session, requests.Session):
        return session_transport(gateway_or_session)
    transport = getattr(gateway_or_session, "transport", None)
    if callable(transport):
        return transport  # type: ignore[no-any-return]
    if callable(gateway_or_session):
        return gateway_or_session  # type: ignore[return-value]
    raise TypeError(f"cannot send OAuth requests through {gateway_or_session!r}")


def raise_for_status(status: int, body: str, auth_message: str | Message) -> None:
    if 200 <= status < 300:
        return
    detail = f"HTTP {status}: {body.strip()[:300]}"
    if status == 429:
        raise AppError(
            ErrorKind.RATE,
            Errors.tr("Discogs is receiving too many requests; wait a minute and try again."),
            detail=detail,
        )
    if status >= 500:
        raise AppError(
            ErrorKind.NETWORK,
            Errors.tr(
                "Discogs is not answering properly right now (HTTP {status}); try again later."
            ).args(status=status),
            detail=detail,
        )
    raise AppError(ErrorKind.AUTH, auth_message, detail=detail)


def read_form(body: str, *names: str) -> dict[str, str]:
    values = {k: v[0] for k, v in parse_qs(body.strip(), keep_blank_values=True).items() if v}
    if not all(values.get(name) for name in names):
        raise AppError(
            ErrorKind.AUTH,
            Errors.tr("Discogs sent an unexpected answer during sign-in; try again."),
            detail=body.strip()[:300],
        )
    return values


def fetch_identity(
    creds: Credentials,
    *,
    base_url: str | None = None,
    gateway_or_session: object | None = None,
) -> dict[str, object]:
    """``GET /oauth/identity`` with ``creds``: ``{id, username, resource_url, consumer_name}``."""
    transport = transport_for(gateway_or_session, base_url)
    status, body = transport("GET", f"{base_url or default_api_url()}/oauth/identity", creds.auth())
    raise_for_status(
        status,
        body,
        Errors.tr("Discogs did not accept these credentials; the token may be wrong or revoked."),
    )
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("username"), str):
        raise AppError(
            ErrorKind.DATA,
            Errors.tr("Discogs sent an unexpected answer about the signed-in account."),
            detail=body.strip()[:300],
        )
    return data


def with_identity(
    creds: Credentials,
    *,
    base_url: str | None = None,
    gateway_or_session: object | None = None,
) -> Credentials:
    """``creds`` checked against Discogs, with ``username`` filled in."""
    identity = fetch_identity(creds, base_url=base_url, gateway_or_session=gateway_or_session)
    return replace(creds, username=str(identity["username"]))
