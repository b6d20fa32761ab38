"""The loopback Discogs fake and its datasets behave like the real service where it matters."""

from __future__ import annotations

import http.client
import json
import time
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from requests_oauthlib import OAuth1Session

from tests.fakes import make_demo
from tests.fakes.dataset import (
    DEMO_PATH,
    FakeCollection,
    adversarial_collection,
    generated_collection,
    load_demo_collection,
    make_item,
    missing_cases,
    pacific_iso,
)
from tests.fakes.server import MSG_AUTH, MSG_RATE, FakeDiscogs

UA = "DiscogsQRExport-tests/1.0"
RATE_HEADERS = ("X-Discogs-Ratelimit", "X-Discogs-Ratelimit-Used", "X-Discogs-Ratelimit-Remaining")
SIZES = {"Empty": 0, "One": 1, "Ninety-nine": 99, "Hundred": 100, "Hundred-one": 101}


def session(token: str | None = "good-token") -> requests.Session:
    s = requests.Session()
    s.headers["User-Agent"] = UA
    if token:
        s.headers["Authorization"] = f"Discogs token={token}"
    return s


def releases_url(srv: FakeDiscogs, folder_id: int, user: str = "collector") -> str:
    return f"{srv.url}/users/{user}/collection/folders/{folder_id}/releases"


@pytest.fixture(scope="module")
def sized() -> FakeCollection:
    return generated_collection(SIZES)


# --------------------------------------------------------------------------- collection API


@pytest.mark.parametrize(("name", "size"), list(SIZES.items()))
def test_pagination_at_page_boundaries(sized: FakeCollection, name: str, size: int) -> None:
    folder_id = sized.folder_id(name)
    with FakeDiscogs(sized) as srv:
        s = session()
        expected_pages = max(1, -(-size // 100))
        seen: list[int] = []
        for page in range(1, expected_pages + 1):
            r = s.get(releases_url(srv, folder_id), params={"per_page": 100, "page": page})
            assert r.status_code == 200
            body = r.json()
            pag = body["pagination"]
            assert (pag["page"], pag["pages"], pag["per_page"], pag["items"]) == (
                page,
                expected_pages,
                100,
                size,
            )
            assert ("next" in pag["urls"]) == (page < expected_pages)
            assert ("prev" in pag["urls"]) == (page > 1)
            seen += [it["instance_id"] for it in body["releases"]]
        assert len(seen) == len(set(seen)) == size
        assert set(seen) == {it["instance_id"] for it in sized.items_in(folder_id)}
        r = s.get(
            releases_url(srv, folder_id), params={"per_page": 100, "page": expected_pages + 1}
        )
        assert r.status_code == 404
        assert r.json() == {"message": f"Page {expected_pages + 1} is out of range"}


def test_next_url_walks_the_folder_and_per_page_is_clamped(sized: FakeCollection) -> None:
    with FakeDiscogs(sized) as srv:
        s = session()
        url: str | None = releases_url(srv, 0) + "?per_page=500"
        total = 0
        pages = 0
        while url:
            body = s.get(url).json()
            assert body["pagination"]["per_page"] == 100
            total += len(body["releases"])
            pages += 1
            url = body["pagination"]["urls"].get("next")
        assert total == len(sized.items) == 301
        assert pages == 4
        assert s.get(releases_url(srv, 0)).json()["pagination"]["per_page"] == 50


def test_folders_all_first_with_counts_and_folder_zero_keeps_real_folder_ids() -> None:
    coll = adversarial_collection()
    with FakeDiscogs(coll) as srv:
        s = session()
        folders = s.get(f"{srv.url}/users/collector/collection/folders").json()["folders"]
        assert [f["id"] for f in folders[:2]] == [0, 1]
        assert folders[0] == {
            "id": 0,
            "name": "All",
            "count": len(coll.items),
            "resource_url": f"{srv.url}/users/collector/collection/folders/0",
        }
        by_id = {f["id"]: f for f in folders}
        for f in coll.folders:
            assert by_id[f["id"]]["count"] == len(coll.items_in(f["id"]))
            assert by_id[f["id"]]["name"] == f["name"]
        assert by_id[coll.folder_id("Wantlist overflow")]["count"] == 0
        items = s.get(releases_url(srv, 0), params={"per_page": 100}).json()["releases"]
        assert {it["folder_id"] for it in items} == {it["folder_id"] for it in coll.items}
        assert s.get(f"{srv.url}/users/nobody/collection/folders").status_code == 404
        assert s.get(releases_url(srv, 424242)).status_code == 404


def test_identity_user_and_fields() -> None:
    with FakeDiscogs(adversarial_collection("Some_User")) as srv:
        s = session()
        ident = s.get(f"{srv.url}/oauth/identity").json()
        assert ident["username"] == "Some_User"
        assert set(ident) == {"id", "username", "resource_url", "consumer_name"}
        assert s.get(ident["resource_url"]).json()["username"] == "Some_User"
        fields = s.get(f"{srv.url}/users/Some_User/collection/fields").json()["fields"]
        assert [f["name"] for f in fields] == ["Media Condition", "Sleeve Condition", "Notes"]
        assert fields[0]["options"] and fields[2]["lines"] == 3


def test_sort_added_both_ways_and_by_title() -> None:
    coll = adversarial_collection()
    with FakeDiscogs(coll) as srv:
        s = session()

        def fetch(**params: str) -> list[dict]:
            return s.get(releases_url(srv, 0), params={"per_page": 100, **params}).json()[
                "releases"
            ]

        asc = fetch(sort="added", sort_order="asc")
        stamps = [datetime.fromisoformat(it["date_added"]).astimezone(UTC) for it in asc]
        assert stamps == sorted(stamps)
        assert fetch() == asc
        assert [it["instance_id"] for it in fetch(sort="added", sort_order="desc")] == [
            it["instance_id"] for it in reversed(asc)
        ]
        titles = [it["basic_information"]["title"].strip().casefold() for it in fetch(sort="title")]
        assert titles == sorted(titles)


def test_duplicate_instances_of_one_release_are_all_listed() -> None:
    coll = adversarial_collection()
    with FakeDiscogs(coll) as srv:
        items = session().get(releases_url(srv, 0), params={"per_page": 100}).json()["releases"]
        copies = [it for it in items if it["basic_information"]["title"] == "Kind Of Blurred"]
        assert len({it["id"] for it in copies}) == 1
        assert len({it["instance_id"] for it in copies}) == 3
        assert len({it["folder_id"] for it in copies}) == 2


def test_mutation_helpers_keep_counts_consistent() -> None:
    coll = generated_collection({"A": 3, "B": 0})
    a, b = coll.folder_id("A"), coll.folder_id("B")
    with FakeDiscogs(coll) as srv:
        s = session()

        def counts() -> dict[int, int]:
            folders = s.get(f"{srv.url}/users/collector/collection/folders").json()["folders"]
            return {f["id"]: f["count"] for f in folders}

        assert counts()[0] == 3
        first = coll.items[0]["instance_id"]
        srv.move_instance(first, b)
        assert (counts()[a], counts()[b]) == (2, 1)
        srv.add_instances([make_item(1, 42, b, title="New"), make_item(2, 42, b, title="New")])
        assert (counts()[0], counts()[b]) == (5, 3)
        srv.remove_instance(first)
        assert (counts()[0], counts()[a], counts()[b]) == (4, 2, 2)
        with pytest.raises(ValueError):
            srv.add_instances([make_item(1, 43, b)])
        with pytest.raises(KeyError):
            srv.remove_instance(first)
    assert len(coll.items) == 3  # the caller's dataset is untouched


# --------------------------------------------------------------------------- headers, limits


def test_rate_headers_on_every_response_and_user_agent_required() -> None:
    with FakeDiscogs(generated_collection({"A": 1}), rate_limit=10) as srv:
        s = session()
        ok = s.get(f"{srv.url}/oauth/identity")
        bad = session(None).get(f"{srv.url}/oauth/identity")
        missing = s.get(f"{srv.url}/nothing/here")
        for n, r in enumerate((ok, bad, missing), start=1):
            assert all(h in r.headers for h in RATE_HEADERS), r.headers
            assert r.headers["X-Discogs-Ratelimit"] == "10"
            assert r.headers["X-Discogs-Ratelimit-Used"] == str(n)
            assert r.headers["X-Discogs-Ratelimit-Remaining"] == str(10 - n)
        assert bad.status_code == 401 and bad.json() == {"message": MSG_AUTH}
        assert missing.status_code == 404

        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
        conn.request(
            "GET", "/oauth/identity", headers={"Authorization": "Discogs token=good-token"}
        )
        resp = conn.getresponse()
        assert resp.status == 403
        assert resp.getheader("X-Discogs-Ratelimit-Used") == "4"
        conn.close()
        assert [r.status for r in srv.requests] == [200, 401, 404, 403]
        assert srv.count("/oauth/identity") == 3
        srv.reset_log()
        assert srv.count() == 0


def test_moving_window_answers_429_then_recovers() -> None:
    with FakeDiscogs(generated_collection({"A": 1}), rate_limit=3, window_seconds=0.3) as srv:
        s = session()
        url = f"{srv.url}/oauth/identity"
        assert [s.get(url).status_code for _ in range(3)] == [200, 200, 200]
        r = s.get(url)
        assert r.status_code == 429
        assert r.json() == {"message": MSG_RATE}
        assert r.headers["X-Discogs-Ratelimit-Remaining"] == "0"
        assert "Retry-After" not in r.headers
        time.sleep(0.35)
        r = s.get(url)
        assert r.status_code == 200
        assert r.headers["X-Discogs-Ratelimit-Used"] == "1"
        srv.enforce_rate_limit = False
        assert all(s.get(url).status_code == 200 for _ in range(5))


def test_forced_429_with_retry_after() -> None:
    with FakeDiscogs(generated_collection({"A": 1})) as srv:
        s = session()
        srv.fail_next_429 = 2
        srv.retry_after = 1.5
        first, second, third = (s.get(f"{srv.url}/oauth/identity") for _ in range(3))
        assert (first.status_code, second.status_code, third.status_code) == (429, 429, 200)
        assert first.headers["Retry-After"] == "1.5"
        assert "Retry-After" not in third.headers


def test_server_error_knobs() -> None:
    with FakeDiscogs(generated_collection({"A": 5}), seed=7) as srv:
        s = session()
        url = f"{srv.url}/oauth/identity"
        srv.fail_next_5xx = 2
        codes = [s.get(url).status_code for _ in range(3)]
        assert codes[0] in (500, 502, 503, 504) and codes[1] in (500, 502, 503, 504)
        assert codes[2] == 200
        srv.fail_ratio_5xx = 1.0
        replies = [s.get(url) for _ in range(12)]
        assert all(r.status_code in (500, 502, 503, 504) for r in replies)
        kinds = {r.headers["Content-Type"].split(";")[0] for r in replies}
        assert kinds == {"text/html", "application/json"}
        html = next(r for r in replies if r.headers["Content-Type"].startswith("text/html"))
        assert "nginx" in html.text and all(h in html.headers for h in RATE_HEADERS)
        srv.fail_ratio_5xx = 0.3
        codes = [s.get(url).status_code for _ in range(40)]
        assert 0 < sum(c >= 500 for c in codes) < 40
        srv.fail_ratio_5xx = 1.0
        srv.fault_path_contains = "/releases"
        assert s.get(url).status_code == 200


def test_malformed_page_is_truncated_json() -> None:
    coll = generated_collection({"A": 120})
    folder = coll.folder_id("A")
    with FakeDiscogs(coll) as srv:
        srv.malformed_pages.add((folder, 2))
        s = session()
        ok = s.get(releases_url(srv, folder), params={"per_page": 100, "page": 1})
        bad = s.get(releases_url(srv, folder), params={"per_page": 100, "page": 2})
        assert ok.status_code == bad.status_code == 200
        ok.json()
        with pytest.raises(ValueError):
            json.loads(bad.content.decode("utf-8"))


def test_slow_paths_delay_only_matching_requests() -> None:
    with FakeDiscogs(generated_collection({"A": 1})) as srv:
        s = session()
        srv.slow_paths["/identity"] = 0.2
        t0 = time.monotonic()
        s.get(f"{srv.url}/users/collector/collection/folders")
        fast = time.monotonic() - t0
        t0 = time.monotonic()
        s.get(f"{srv.url}/oauth/identity")
        slow = time.monotonic() - t0
        assert slow >= 0.2 > fast


# --------------------------------------------------------------------------- auth


def test_personal_token_header_query_bad_and_revoke_after() -> None:
    with FakeDiscogs(generated_collection({"A": 1})) as srv:
        folders = f"{srv.url}/users/collector/collection/folders"
        assert session().get(folders).status_code == 200
        assert session(None).get(folders, params={"token": "good-token"}).status_code == 200
        r = session("bad-token").get(folders)
        assert r.status_code == 401 and r.json() == {"message": MSG_AUTH}
        assert session(None).get(folders).status_code == 401
        srv.revoke_after = 2
        assert [session().get(folders).status_code for _ in range(2)] == [200, 401]
        srv.unrevoke()
        assert session().get(folders).status_code == 200


def test_public_collection_shows_only_folder_zero_to_strangers() -> None:
    coll = generated_collection({"A": 2, "B": 1}, username="Jürgen")
    with FakeDiscogs(coll) as srv:
        anonymous = session(None)
        folders = f"{srv.url}/users/J%C3%BCrgen/collection/folders"
        assert anonymous.get(folders).status_code == 401
        srv.public_collection = True
        assert [f["id"] for f in anonymous.get(folders).json()["folders"]] == [0]
        assert anonymous.get(releases_url(srv, 0, "J%C3%BCrgen")).json()["pagination"]["items"] == 3
        assert anonymous.get(releases_url(srv, 1, "J%C3%BCrgen")).status_code == 401
        assert len(session().get(folders).json()["folders"]) == 4


def _dance(srv: FakeDiscogs, callback: str) -> OAuth1Session:
    oauth = OAuth1Session(
        srv.consumer_key, client_secret=srv.consumer_secret, callback_uri=callback
    )
    oauth.headers["User-Agent"] = UA
    oauth.fetch_request_token(f"{srv.url}/oauth/request_token")
    return oauth


def test_oauth_round_trip_with_redirect_to_loopback_callback() -> None:
    with FakeDiscogs(adversarial_collection()) as srv:
        oauth = _dance(srv, "http://127.0.0.1:9/callback?state=x")
        url = oauth.authorization_url(srv.authorize_url)
        page = requests.get(url, headers={"User-Agent": UA})
        assert page.status_code == 200 and "approve=1" in page.text
        r = requests.get(url + "&approve=1", headers={"User-Agent": UA}, allow_redirects=False)
        assert r.status_code == 302
        location = r.headers["Location"]
        assert location.startswith("http://127.0.0.1:9/callback?state=x&")
        query = parse_qs(urlsplit(location).query)
        assert query["oauth_token"] == [oauth.auth.client.resource_owner_key]
        oauth.parse_authorization_response(location)
        tokens = oauth.fetch_access_token(f"{srv.url}/oauth/access_token")
        assert tokens["oauth_token"].startswith("at-")
        ident = oauth.get(f"{srv.url}/oauth/identity")
        assert ident.status_code == 200 and ident.json()["username"] == "collector"
        folders = oauth.get(f"{srv.url}/users/collector/collection/folders")
        assert folders.status_code == 200

        plaintext = OAuth1Session(
            srv.consumer_key,
            client_secret=srv.consumer_secret,
            resource_owner_key=tokens["oauth_token"],
            resource_owner_secret=tokens["oauth_token_secret"],
            signature_method="PLAINTEXT",
        )
        assert plaintext.get(f"{srv.url}/oauth/identity").status_code == 200
        forged = OAuth1Session(
            srv.consumer_key,
            client_secret="wrong",
            resource_owner_key=tokens["oauth_token"],
            resource_owner_secret=tokens["oauth_token_secret"],
        )
        assert forged.get(f"{srv.url}/oauth/identity").status_code == 401

        srv.revoke(tokens["oauth_token"])
        assert oauth.get(f"{srv.url}/oauth/identity").status_code == 401


def test_oauth_oob_verifier_page_single_use_and_errors_are_plain_text() -> None:
    with FakeDiscogs(adversarial_collection()) as srv:
        oauth = _dance(srv, "oob")
        request_token = oauth.auth.client.resource_owner_key
        page = requests.get(
            srv.authorize_url,
            params={"oauth_token": request_token, "approve": "1"},
            headers={"User-Agent": UA},
        )
        verifier = srv.issue_verifier(request_token)
        assert f"<code id='verifier'>{verifier}</code>" in page.text
        oauth.auth.client.verifier = verifier
        oauth.fetch_access_token(f"{srv.url}/oauth/access_token", verifier=verifier)

        again = OAuth1Session(
            srv.consumer_key,
            client_secret=srv.consumer_secret,
            resource_owner_key=request_token,
            resource_owner_secret="x",
            verifier=verifier,
        )
        r = again.post(f"{srv.url}/oauth/access_token", headers={"User-Agent": UA})
        assert r.status_code == 401
        assert r.headers["Content-Type"].startswith("text/plain")

        wrong = OAuth1Session("not-ck", client_secret="cs", callback_uri="oob")
        r = wrong.post(f"{srv.url}/oauth/request_token", headers={"User-Agent": UA})
        assert r.status_code == 401 and r.headers["Content-Type"].startswith("text/plain")
        no_callback = OAuth1Session(srv.consumer_key, client_secret=srv.consumer_secret)
        r = no_callback.post(f"{srv.url}/oauth/request_token", headers={"User-Agent": UA})
        assert r.status_code == 400 and r.text == "Missing oauth_callback."


def test_oauth_denial_and_expiry() -> None:
    with FakeDiscogs(adversarial_collection()) as srv:
        oauth = _dance(srv, "http://127.0.0.1:9/cb")
        token = oauth.auth.client.resource_owner_key
        r = requests.get(
            srv.authorize_url,
            params={"oauth_token": token, "deny": "1"},
            headers={"User-Agent": UA},
            allow_redirects=False,
        )
        assert r.status_code == 302
        assert parse_qs(urlsplit(r.headers["Location"]).query) == {"denied": [token]}

        srv.request_token_ttl = 0.05
        oauth = _dance(srv, "http://127.0.0.1:9/cb")
        token = oauth.auth.client.resource_owner_key
        time.sleep(0.1)
        with pytest.raises(KeyError):
            srv.issue_verifier(token)


def test_auto_approve_redirects_without_flag() -> None:
    with FakeDiscogs(adversarial_collection()) as srv:
        srv.auto_approve = True
        oauth = _dance(srv, "http://127.0.0.1:9/cb")
        r = requests.get(oauth.authorization_url(srv.authorize_url), allow_redirects=False)
        assert r.status_code == 302 and "oauth_verifier=" in r.headers["Location"]


def test_python3_discogs_client_works_against_the_fake() -> None:
    discogs_client = pytest.importorskip("discogs_client")
    with FakeDiscogs(adversarial_collection()) as srv:
        client = discogs_client.Client(UA, consumer_key="ck", consumer_secret="cs")
        client._base_url = srv.url
        client._request_token_url = f"{srv.url}/oauth/request_token"
        client._authorize_url = srv.authorize_url
        client._access_token_url = f"{srv.url}/oauth/access_token"
        token, _secret, url = client.get_authorize_url("oob")
        assert url.startswith(srv.authorize_url)
        client.get_access_token(srv.issue_verifier(token))
        me = client.identity()
        assert me.username == "collector"
        names = [f.name for f in me.collection_folders]
        assert names[:2] == ["All", "Uncategorized"]


def test_stop_closes_the_port() -> None:
    srv = FakeDiscogs(generated_collection({"A": 1})).start()
    s = session()
    assert s.get(f"{srv.url}/oauth/identity").status_code == 200
    srv.stop()
    with pytest.raises(requests.ConnectionError):
        s.get(f"{srv.url}/oauth/identity", timeout=2)


# --------------------------------------------------------------------------- datasets


def test_demo_json_loads_and_has_every_case() -> None:
    raw = json.loads(DEMO_PATH.read_text("utf-8"))
    assert raw["format"] == "discogs-qr-demo/1"
    assert raw["username"] == "demo_collector" and raw["user_id"] == 1
    demo = load_demo_collection()
    assert len(demo.items) >= 90
    assert missing_cases(demo) == []
    assert demo.items_in(demo.folder_id("Wantlist overflow")) == []
    assert len({it["instance_id"] for it in demo.items}) == len(demo.items)
    for item in demo.items:
        added = datetime.fromisoformat(item["date_added"])
        assert datetime(2015, 1, 1, tzinfo=UTC) <= added <= datetime(2026, 11, 21, tzinfo=UTC)
        assert item["date_added"][-6:] in ("-07:00", "-08:00")
        assert item["folder_id"] in {f["id"] for f in demo.folders}
    assert make_demo.render(make_demo.build()) == DEMO_PATH.read_text("utf-8")


def test_adversarial_and_generated_collections() -> None:
    assert missing_cases(adversarial_collection()) == []
    one = generated_collection({"Big": 50, "Small": 2}, seed=3)
    assert one == generated_collection({"Big": 50, "Small": 2}, seed=3)
    assert one != generated_collection({"Big": 50, "Small": 2}, seed=4)
    assert len({it["instance_id"] for it in one.items}) == 52
    assert [f["name"] for f in one.folders] == ["Uncategorized", "Big", "Small"]


def test_pacific_offsets_follow_daylight_saving_time() -> None:
    assert pacific_iso(datetime(2021, 1, 5, 23, 59, 59)) == "2021-01-05T23:59:59-08:00"
    assert pacific_iso(datetime(2021, 7, 5, 0, 0, 1)) == "2021-07-05T00:00:01-07:00"
    assert pacific_iso(datetime(2021, 3, 14, 1, 59)) == "2021-03-14T01:59:00-08:00"
    assert pacific_iso(datetime(2021, 3, 14, 3, 0)) == "2021-03-14T03:00:00-07:00"
    assert pacific_iso(datetime(2021, 11, 7, 1, 30)) == "2021-11-07T01:30:00-07:00"
    assert pacific_iso(datetime(2021, 11, 7, 1, 30, fold=1)) == "2021-11-07T01:30:00-08:00"
    assert pacific_iso(datetime(2021, 11, 7, 9, 30, tzinfo=UTC)) == "2021-11-07T01:30:00-08:00"
    assert pacific_iso(datetime(2021, 11, 7, 8, 30, tzinfo=UTC)) == "2021-11-07T01:30:00-07:00"
