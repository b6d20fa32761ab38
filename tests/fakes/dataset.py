"""Discogs collection data for the fake server: builders, generated and adversarial collections.

Items are shaped exactly like the entries of ``GET /users/{u}/collection/folders/{id}/releases``.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

DEMO_FORMAT = "discogs-qr-demo/1"
DEMO_PATH = Path(__file__).resolve().parents[2] / "resources" / "demo" / "collection.json"

API = "https://api.discogs.com"
UNCATEGORIZED_ID = 1
FIRST_USER_FOLDER_ID = 1_204_401
VARIOUS_ARTIST_ID = 194

DEFAULT_FIELDS: list[dict[str, Any]] = [
    {
        "id": 1,
        "name": "Media Condition",
        "type": "dropdown",
        "position": 1,
        "public": True,
        "options": [
            "Mint (M)",
            "Near Mint (NM or M-)",
            "Very Good Plus (VG+)",
            "Very Good (VG)",
            "Good Plus (G+)",
            "Good (G)",
            "Fair (F)",
            "Poor (P)",
        ],
    },
    {
        "id": 2,
        "name": "Sleeve Condition",
        "type": "dropdown",
        "position": 2,
        "public": True,
        "options": [
            "Generic",
            "No Cover",
            "Mint (M)",
            "Near Mint (NM or M-)",
            "Very Good Plus (VG+)",
            "Very Good (VG)",
            "Good Plus (G+)",
            "Good (G)",
            "Fair (F)",
            "Poor (P)",
        ],
    },
    {"id": 3, "name": "Notes", "type": "textarea", "position": 3, "public": False, "lines": 3},
]


@dataclass
class FakeCollection:
    """One user's collection: user folders (not folder 0), items in API shape, note fields."""

    username: str
    folders: list[dict[str, Any]]
    items: list[dict[str, Any]]
    fields: list[dict[str, Any]] = field(default_factory=lambda: [dict(f) for f in DEFAULT_FIELDS])
    user_id: int = 1

    def folder_id(self, name: str) -> int:
        """The id of the user folder called ``name`` (KeyError when there is none)."""
        for f in self.folders:
            if f["name"] == name:
                return int(f["id"])
        raise KeyError(name)

    def items_in(self, folder_id: int) -> list[dict[str, Any]]:
        """Items of one folder (0 = every item), in stored order."""
        if folder_id == 0:
            return list(self.items)
        return [it for it in self.items if it["folder_id"] == folder_id]

    def to_json(self) -> dict[str, Any]:
        """The demo-file document for this collection."""
        return {
            "format": DEMO_FORMAT,
            "username": self.username,
            "user_id": self.user_id,
            "folders": self.folders,
            "fields": self.fields,
            "releases": self.items,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FakeCollection:
        """Read a demo-file document (``{"format": "discogs-qr-demo/1", ...}``)."""
        if data.get("format") != DEMO_FORMAT:
            raise ValueError(f"not a {DEMO_FORMAT} document: format={data.get('format')!r}")
        return cls(
            username=str(data["username"]),
            folders=[dict(f) for f in data["folders"]],
            items=list(data["releases"]),
            fields=list(data.get("fields") or []),
            user_id=int(data.get("user_id") or 1),
        )


# --------------------------------------------------------------------------- dates


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    first_sunday = first + timedelta(days=(6 - first.weekday()) % 7)
    return first_sunday + timedelta(weeks=n - 1)


def _pacific_offset_hours(value: datetime) -> int:
    """-7 during US daylight saving time (2007+ rules), else -8. Naive = Pacific local time."""
    year = value.year
    start = datetime.combine(_nth_sunday(year, 3, 2), datetime.min.time()).replace(hour=2)
    end = datetime.combine(_nth_sunday(year, 11, 1), datetime.min.time()).replace(hour=2)
    if value.tzinfo is not None:
        utc = value.astimezone(UTC).replace(tzinfo=None)
        return -7 if start + timedelta(hours=8) <= utc < end + timedelta(hours=7) else -8
    if end - timedelta(hours=1) <= value < end:  # the repeated hour: fold=1 is the second one
        return -8 if value.fold else -7
    return -7 if start <= value < end else -8


def pacific_iso(value: datetime | str) -> str:
    """``2019-03-05T14:22:31-08:00``: how Discogs writes ``date_added`` (US Pacific offset).

    A naive datetime is Pacific wall-clock time (``fold=1`` picks the second 01:xx on the
    day clocks go back); an aware one is converted. Strings pass through unchanged.
    """
    if isinstance(value, str):
        return value
    offset = _pacific_offset_hours(value)
    if value.tzinfo is not None:
        value = value.astimezone(timezone(timedelta(hours=offset))).replace(tzinfo=None)
    sign_hours = f"-{abs(offset):02d}:00"
    return value.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S") + sign_hours


def parse_date_added(value: str) -> datetime:
    """An aware datetime from a ``date_added`` string."""
    return datetime.fromisoformat(value)


# --------------------------------------------------------------------------- item builder


def _entity_id(kind: str, name: str) -> int:
    return zlib.crc32(f"{kind}:{name}".encode("utf-8", "surrogatepass")) % 8_000_000 + 10_000


def _artist(entry: str | Mapping[str, Any], join: str) -> dict[str, Any]:
    data: dict[str, Any] = {"name": entry} if isinstance(entry, str) else dict(entry)
    name = str(data["name"])
    aid = VARIOUS_ARTIST_ID if name == "Various" else _entity_id("artist", name)
    out: dict[str, Any] = {
        "name": name,
        "anv": "",
        "join": join,
        "role": "",
        "tracks": "",
        "id": aid,
        "resource_url": f"{API}/artists/{aid}",
    }
    out.update({k: v for k, v in data.items() if k != "name"})
    out["resource_url"] = f"{API}/artists/{out['id']}"
    return out


def _label(entry: str | Sequence[str] | Mapping[str, Any], release_id: int) -> dict[str, Any]:
    if isinstance(entry, str):
        data: dict[str, Any] = {"name": entry, "catno": f"{entry[:3].upper()}-{release_id % 9973}"}
    elif isinstance(entry, Mapping):
        data = dict(entry)
    else:
        data = {"name": entry[0], "catno": entry[1]}
    lid = _entity_id("label", str(data["name"]))
    out: dict[str, Any] = {
        "name": str(data["name"]),
        "catno": str(data.get("catno", "none")),
        "entity_type": "1",
        "entity_type_name": "Label",
        "id": lid,
        "resource_url": f"{API}/labels/{lid}",
    }
    out.update({k: v for k, v in data.items() if k not in ("name", "catno")})
    out["resource_url"] = f"{API}/labels/{out['id']}"
    return out


_FORMAT_SHORTHAND: dict[str, dict[str, Any]] = {
    "LP": {"name": "Vinyl", "qty": "1", "descriptions": ["LP", "Album"]},
    "2LP": {"name": "Vinyl", "qty": "2", "descriptions": ["LP", "Album"]},
    '7"': {"name": "Vinyl", "qty": "1", "descriptions": ['7"', "45 RPM", "Single"]},
    '10"': {"name": "Vinyl", "qty": "1", "descriptions": ['10"', "EP"]},
    '12"': {"name": "Vinyl", "qty": "1", "descriptions": ['12"', "33 ⅓ RPM", "EP"]},
    "CD": {"name": "CD", "qty": "1", "descriptions": ["Album"]},
    "Cassette": {"name": "Cassette", "qty": "1", "descriptions": ["Album"]},
    "File": {"name": "File", "qty": "1", "descriptions": ["FLAC", "Album"]},
}


def _format(entry: str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(entry, str):
        base = _FORMAT_SHORTHAND.get(entry, {"name": entry, "qty": "1", "descriptions": []})
        return {**base, "descriptions": list(base["descriptions"])}
    out = dict(entry)
    out.setdefault("qty", "1")
    out["qty"] = str(out["qty"])
    out.setdefault("descriptions", [])
    return out


def _notes(notes: str | Mapping[int, str] | Sequence[Mapping[str, Any]] | None) -> list[dict]:
    if notes is None:
        return []
    if isinstance(notes, str):
        return [{"field_id": 3, "value": notes}]
    if isinstance(notes, Mapping):
        return [{"field_id": int(k), "value": str(v)} for k, v in notes.items()]
    return [{"field_id": int(n["field_id"]), "value": str(n["value"])} for n in notes]


def _image_urls(release_id: int) -> tuple[str, str]:
    digest = f"{zlib.crc32(str(release_id).encode()):08x}"
    thumb = f"https://i.discogs.com/{digest}/rs:fit/g:sm/q:40/h:150/w:150/R-{release_id}.jpeg"
    cover = f"https://i.discogs.com/{digest}/rs:fit/g:sm/q:90/h:600/w:600/R-{release_id}.jpeg"
    return thumb, cover


def make_item(
    instance_id: int,
    release_id: int,
    folder_id: int,
    *,
    title: str = "Untitled",
    year: int = 1999,
    artists: Sequence[str | Mapping[str, Any]] | str | None = None,
    labels: Sequence[str | Sequence[str] | Mapping[str, Any]] | None = None,
    formats: Sequence[str | Mapping[str, Any]] | None = None,
    date_added: datetime | str | None = None,
    rating: int = 0,
    notes: str | Mapping[int, str] | Sequence[Mapping[str, Any]] | None = None,
    genres: Sequence[str] | None = None,
    styles: Sequence[str] | None = None,
    master_id: int | None = None,
    joins: Sequence[str] | None = None,
    images: bool = True,
) -> dict[str, Any]:
    """One collection item exactly as the Discogs API returns it.

    ``artists``: names or partial artist dicts (e.g. ``{"name": "Prince", "anv": "TAFKAP"}``);
    ``joins`` gives the join text after each artist (default ``","`` between, ``""`` last) unless
    a dict sets ``join`` itself. ``labels``: names, ``(name, catno)`` pairs or dicts. ``formats``:
    dicts or shorthands ``"LP"``, ``"2LP"``, ``'7"'``, ``'10"'``, ``'12"'``, ``"CD"``,
    ``"Cassette"``, ``"File"``. ``date_added``: a naive datetime is Pacific wall-clock time.
    ``notes``: a string (field 3), ``{field_id: value}`` or the API list; omitted when empty.
    """
    if artists is None:
        artists = ["Unknown Artist"]
    elif isinstance(artists, str):
        artists = [artists]
    if joins is None:
        joins = [","] * (len(artists) - 1) + [""]
    artist_list = [_artist(a, j) for a, j in zip(artists, joins, strict=True)]
    label_list = [_label(lb, release_id) for lb in (labels if labels is not None else ["Self"])]
    format_list = [_format(f) for f in (formats if formats is not None else ["LP"])]
    if date_added is None:
        date_added = datetime(2018, 1, 1, 12) + timedelta(minutes=7919 * instance_id % 4_000_000)
    if master_id is None:
        master_id = release_id // 7 + 1000 if release_id % 5 else 0
    thumb, cover = _image_urls(release_id) if images else ("", "")
    item: dict[str, Any] = {
        "id": release_id,
        "instance_id": instance_id,
        "date_added": pacific_iso(date_added),
        "rating": int(rating),
        "basic_information": {
            "id": release_id,
            "master_id": master_id,
            "master_url": f"{API}/masters/{master_id}" if master_id else None,
            "resource_url": f"{API}/releases/{release_id}",
            "thumb": thumb,
            "cover_image": cover,
            "title": title,
            "year": int(year),
            "formats": format_list,
            "labels": label_list,
            "artists": artist_list,
            "genres": list(genres) if genres is not None else ["Rock"],
            "styles": list(styles) if styles is not None else [],
        },
        "folder_id": folder_id,
    }
    note_list = _notes(notes)
    if note_list:
        item["notes"] = note_list
    return item


# --------------------------------------------------------------------------- generated data

_FIRST = [
    "Amber",
    "Black",
    "Blue",
    "Broken",
    "Cosmic",
    "Crystal",
    "Dark",
    "Electric",
    "Golden",
    "Hollow",
    "Iron",
    "Lunar",
    "Midnight",
    "Neon",
    "Northern",
    "Paper",
    "Quiet",
    "Red",
    "Silver",
    "Solar",
    "Static",
    "Velvet",
    "Wild",
    "Young",
]
_SECOND = [
    "Animals",
    "Arrows",
    "Bells",
    "Brothers",
    "Caves",
    "Chorus",
    "Dreams",
    "Engines",
    "Foxes",
    "Gardens",
    "Ghosts",
    "Hearts",
    "Horizons",
    "Kings",
    "Lanterns",
    "Machines",
    "Mountains",
    "Oceans",
    "Rivers",
    "Saints",
    "Shadows",
    "Sisters",
    "Tigers",
    "Waves",
]
_PEOPLE = [
    "Ada Moreau",
    "Ben Okafor",
    "Carla Lindqvist",
    "Dmitri Volkov",
    "Elena Ruiz",
    "Femi Adeyemi",
    "Grace Holloway",
    "Hiro Tanaka",
    "Ines Duarte",
    "Jonas Berg",
    "Kofi Mensah",
    "Lena Fischer",
    "Marco Bellini",
    "Nadia Haddad",
    "Oskar Nyström",
    "Priya Raman",
    "Quentin Lefèvre",
    "Rosa Delgado",
    "Sven Aalto",
    "Tomás Herrera",
]
_TITLE_A = [
    "After Hours",
    "Blue Hour",
    "Cold Light",
    "Distant Shores",
    "Electric Dreams",
    "Falling Upward",
    "Glass Houses",
    "Heavy Weather",
    "In Transit",
    "Jade Garden",
    "Kaleidoscope",
    "Last Train Home",
    "Morning Glory",
    "Night Drive",
    "Open Water",
    "Paper Moon",
    "Quiet Storm",
    "Red Shift",
    "Slow Burn",
    "Tidal",
    "Under The Bridge",
    "Vapour Trails",
    "Wide Awake",
    "Zero Hour",
]
_TITLE_B = ["", "", "", " Vol. 2", " (Remastered)", " Live", " Sessions", " Revisited", " EP"]
_LABELS = [
    "Blue Note",
    "Warp Records",
    "Sub Pop",
    "Rough Trade",
    "4AD",
    "Impulse!",
    "Stax",
    "Ninja Tune",
    "Matador",
    "Domino",
    "Ghostly International",
    "Light In The Attic",
    "Numero Group",
    "XL Recordings",
    "ECM Records",
]
_GENRES: dict[str, list[str]] = {
    "Rock": ["Indie Rock", "Alternative Rock", "Post-Punk", "Psychedelic Rock", "Shoegaze"],
    "Electronic": ["Techno", "House", "Ambient", "IDM", "Downtempo"],
    "Jazz": ["Hard Bop", "Modal", "Soul-Jazz", "Free Jazz", "Cool Jazz"],
    "Funk / Soul": ["Soul", "Funk", "Disco", "Rhythm & Blues"],
    "Hip Hop": ["Boom Bap", "Instrumental", "Conscious"],
    "Pop": ["Synth-pop", "City Pop", "Indie Pop"],
}
_GEN_FORMATS = ["LP"] * 8 + ["2LP", '12"', '12"', '7"', '7"', '10"', "CD", "CD", "Cassette", "File"]


_YEARS = [0, *range(1955, 2026), *range(1955, 2026), *range(1955, 2026)]


def _random_date(rng: random.Random) -> datetime:
    start = datetime(2015, 1, 1)
    span = int((datetime(2026, 11, 20) - start).total_seconds())
    return start + timedelta(seconds=rng.randrange(span))


def _random_item(rng: random.Random, instance_id: int, folder_id: int) -> dict[str, Any]:
    release_id = rng.randrange(10_000, 30_000_000)
    roll = rng.random()
    joins: list[str] | None = None
    if roll < 0.6:
        artists: list[str] = [f"{rng.choice(_FIRST)} {rng.choice(_SECOND)}"]
    elif roll < 0.85:
        artists = [rng.choice(_PEOPLE)]
    elif roll < 0.95:
        artists = rng.sample(_PEOPLE, 2)
        joins = [rng.choice(["&", "And", "Feat.", "With", ","]), ""]
    else:
        artists = ["Various"]
    genre = rng.choice(list(_GENRES))
    label = rng.choice(_LABELS)
    catno = f"{''.join(w[0] for w in label.split()).upper()}{rng.randrange(1, 999):03d}"
    return make_item(
        instance_id,
        release_id,
        folder_id,
        title=rng.choice(_TITLE_A) + rng.choice(_TITLE_B),
        year=rng.choice(_YEARS),
        artists=artists,
        joins=joins,
        labels=[(label, catno)],
        formats=[rng.choice(_GEN_FORMATS)],
        date_added=_random_date(rng),
        rating=rng.choice([0, 0, 0, 3, 4, 5, 1, 2]),
        notes={1: "Very Good Plus (VG+)", 2: "Very Good (VG)"} if rng.random() < 0.3 else None,
        genres=[genre],
        styles=rng.sample(_GENRES[genre], rng.randint(0, 2)),
        images=rng.random() > 0.05,
    )


def generated_collection(
    sizes: Mapping[str, int], *, username: str = "collector", seed: int = 1
) -> FakeCollection:
    """A deterministic collection with ``sizes[name]`` items in each named folder.

    ``"Uncategorized"`` is folder 1 (always present, empty unless sized); other names get large
    ids in order. Instance ids are unique and increasing in creation order.
    """
    rng = random.Random(seed)
    folders: list[dict[str, Any]] = [{"id": UNCATEGORIZED_ID, "name": "Uncategorized"}]
    next_id = FIRST_USER_FOLDER_ID
    ids: dict[str, int] = {"Uncategorized": UNCATEGORIZED_ID}
    for name in sizes:
        if name not in ids:
            ids[name] = next_id
            folders.append({"id": next_id, "name": name})
            next_id += 1
    items: list[dict[str, Any]] = []
    instance_id = 500_000_000
    for name, size in sizes.items():
        for _ in range(size):
            instance_id += rng.randrange(1, 5000)
            items.append(_random_item(rng, instance_id, ids[name]))
    return FakeCollection(username=username, folders=folders, items=items)


# --------------------------------------------------------------------------- adversarial data

DEMO_FOLDERS: list[dict[str, Any]] = [
    {"id": 1, "name": "Uncategorized"},
    {"id": 1_204_401, "name": "Jazz"},
    {"id": 1_204_402, "name": "Rock & Pop"},
    {"id": 1_204_403, "name": "Electronic"},
    {"id": 1_204_404, "name": "Japanese City Pop 🇯🇵"},
    {"id": 1_204_405, "name": "Box Sets"},
    {"id": 1_204_406, "name": "To Sell"},
    {"id": 1_204_407, "name": "Wantlist overflow"},
    {"id": 1_204_408, "name": "Singles, EPs & Oddities 💿✨"},
]


def adversarial_items(first_instance_id: int = 700_000_001) -> list[dict[str, Any]]:
    """One or more items for every awkward case, filed in the ``DEMO_FOLDERS`` folders."""
    f = {x["name"]: int(x["id"]) for x in DEMO_FOLDERS}
    unc, jazz, rock, elec = f["Uncategorized"], f["Jazz"], f["Rock & Pop"], f["Electronic"]
    pop, box, sell, odd = (
        f["Japanese City Pop 🇯🇵"],
        f["Box Sets"],
        f["To Sell"],
        f["Singles, EPs & Oddities 💿✨"],
    )
    specs: list[dict[str, Any]] = [
        # punctuation that CSV must quote
        dict(folder=rock, release=9_100_001, title="Love, Peace & Happiness", artists=["Sly Fox"]),
        dict(folder=rock, release=9_100_002, title='The "Blue" Album', artists=["Weezel"]),
        dict(
            folder=rock,
            release=9_100_003,
            title='Hello, "World", Goodbye',
            artists=["The Quotes"],
            rating=4,
        ),
        dict(
            folder=unc,
            release=9_100_004,
            title="Tab\tSeparated Feelings",
            artists=["Whitespace Club"],
            formats=["CD"],
        ),
        # notes with line breaks
        dict(
            folder=jazz,
            release=9_100_005,
            title="Night Lights",
            artists=["Gerry Mulberry"],
            year=1963,
            notes={
                1: "Very Good Plus (VG+)",
                2: "Very Good (VG)",
                3: "Bought in Paris.\nSmall seam split.\nPlays great.",
            },
            labels=[("Philips", "PHM 200-076")],
            genres=["Jazz"],
            styles=["Cool Jazz"],
        ),
        dict(
            folder=sell,
            release=9_100_006,
            title="Windows Line Endings",
            artists=["CRLF"],
            notes="Line one\r\nLine two\r\n\r\nAsk £25, ono",
            rating=2,
        ),
        # emoji
        dict(
            folder=odd,
            release=9_100_007,
            title="Party Time 🎉🔥",
            artists=["DJ 💿"],
            formats=['12"'],
            genres=["Electronic"],
        ),
        dict(
            folder=odd,
            release=9_100_008,
            title="Family Portrait 👨‍👩‍👧‍👦 / 🏳️‍🌈",
            artists=["Zwj Sequence"],
            formats=['7"'],
        ),
        dict(
            folder=odd,
            release=9_100_009,
            title="World Tour 🇯🇵🇧🇷🇬🇧🇺🇸",
            artists=["Flag Bearers"],
            formats=['10"'],
        ),
        # CJK
        dict(
            folder=pop,
            release=9_100_010,
            title="プラスティック・ラヴ",
            artists=[{"name": "竹内まりや", "anv": "Mariya Takeuchi"}],
            year=1984,
            labels=[("Moon Records", "MOON-28018")],
            formats=['12"'],
            genres=["Pop"],
            styles=["City Pop"],
            rating=5,
        ),
        dict(
            folder=pop,
            release=9_100_011,
            title="月亮代表我的心",
            artists=["鄧麗君"],
            year=1977,
            labels=[("寶麗多", "2427 354")],
            genres=["Pop"],
        ),
        dict(
            folder=pop,
            release=9_100_012,
            title="너의 의미",
            artists=["아이유"],
            year=2014,
            formats=["CD"],
            labels=[("LOEN Entertainment", "L100004878")],
            genres=["Pop"],
            styles=["K-pop"],
        ),
        # right-to-left
        dict(
            folder=jazz,
            release=9_100_013,
            title="الأطلال",
            artists=["أم كلثوم"],
            year=1966,
            labels=[("صوت القاهرة", "SC 23")],
            genres=["Folk, World, & Country"],
        ),
        dict(
            folder=unc,
            release=9_100_014,
            title="שיר לשלום",
            artists=["להקת הנח״ל"],
            year=1969,
            labels=[("הד ארצי", "BAN 14063")],
            formats=['7"'],
        ),
        # disambiguation suffixes, joins, ANVs, Various
        dict(
            folder=rock,
            release=9_100_015,
            title="Purple Reign",
            artists=["Prince (2)"],
            year=1984,
            rating=5,
        ),
        dict(
            folder=rock,
            release=9_100_016,
            title="Bleached",
            artists=[{"name": "Nirvana (3)", "anv": "Nirvana"}],
            year=1989,
            labels=[("Sub Pop", "SP34")],
        ),
        dict(
            folder=elec,
            release=9_100_017,
            title="Join Every Way",
            artists=[
                "Alpha",
                "Bravo",
                "Charlie",
                "Delta",
                "Echo",
                "Foxtrot",
                "Golf",
                "Hotel",
                "India",
            ],
            joins=[",", "&", "Feat.", "Vs.", "And", "With", "/", "+", ""],
            formats=['12"'],
            genres=["Electronic"],
        ),
        dict(
            folder=elec,
            release=9_100_018,
            title="Remix Wars",
            artists=["DJ Shadowy", "Cut Chemists"],
            joins=["Vs.", ""],
            formats=['12"'],
        ),
        dict(
            folder=rock,
            release=9_100_019,
            title="Under Pressure (Single Version)",
            artists=["Queen (7)", "David Bowie"],
            joins=["&", ""],
            formats=['7"'],
            year=1981,
        ),
        dict(
            folder=jazz,
            release=9_100_020,
            title="Duets",
            artists=[
                {"name": "Ella Fitzgerald", "anv": "Ella"},
                {"name": "Louis Armstrong", "anv": "Louis"},
            ],
            joins=["And", ""],
            year=1956,
            labels=[("Verve Records", "MGV-4003")],
        ),
        dict(
            folder=elec,
            release=9_100_021,
            title="Good Vibrations",
            artists=["Marky Mark", "The Funky Bunch", "Loleatta Holloway"],
            joins=["And", "Feat.", ""],
            formats=['12"'],
        ),
        dict(
            folder=odd,
            release=9_100_022,
            title="Sound Of Summer",
            artists=["Various"],
            year=1996,
            labels=[("Now!", "NOW 34"), ("EMI", "7243 8 52915 2 6")],
            formats=[{"name": "CD", "qty": "2", "descriptions": ["Compilation"]}],
        ),
        dict(
            folder=odd,
            release=9_100_023,
            title="Unknown Year Bootleg",
            artists=["Unknown Artist"],
            year=0,
            labels=[("Not On Label", "none")],
            formats=["Cassette"],
        ),
        # box set with several format entries
        dict(
            folder=box,
            release=9_100_024,
            title="The Complete Studio Recordings",
            artists=["Led Balloon"],
            year=2018,
            formats=[
                {
                    "name": "Vinyl",
                    "qty": "5",
                    "descriptions": ["LP", "Album", "Reissue", "Remastered"],
                    "text": "180 gram",
                },
                {"name": "CD", "qty": "2", "descriptions": ["Album"]},
                {"name": "Box Set", "qty": "1", "descriptions": ["Compilation", "Limited Edition"]},
            ],
            labels=[("Atlantic", "R2 567890"), ("Rhino Records (2)", "RCV1-567890")],
            rating=5,
            notes={1: "Mint (M)", 2: "Near Mint (NM or M-)", 3: "Numbered 0042/5000"},
        ),
        dict(
            folder=elec,
            release=9_100_025,
            title="Digital Only",
            artists=["Bandcamp Friday"],
            year=2020,
            formats=[
                {"name": "File", "qty": "12", "descriptions": ["FLAC", "Album"], "text": "24/96"}
            ],
            labels=[("Not On Label", "none")],
            images=False,
        ),
        # duplicates of one release (same id, other instance, other folder)
        dict(folder=jazz, release=9_100_026, title="Kind Of Blurred", artists=["Miles Daly"]),
        dict(
            folder=jazz,
            release=9_100_026,
            title="Kind Of Blurred",
            artists=["Miles Daly"],
            notes="Second copy, sealed",
        ),
        dict(
            folder=sell,
            release=9_100_026,
            title="Kind Of Blurred",
            artists=["Miles Daly"],
            notes="Third copy, for sale",
        ),
        # very long title
        dict(
            folder=odd,
            release=9_100_027,
            title=(
                "When The Pawn Hits The Conflicts He Thinks Like A King What He Knows Throws "
                "The Blows When He Goes To The Fight And He'll Win The Whole Thing 'Fore He "
                "Enters The Ring There's No Body To Batter When Your Mind Is Your Might So "
                "When You Go Solo You Hold Your Own Hand And Remember That Depth Is The "
                "Greatest Of Heights And If You Know Where You Stand Then You Know Where To Land"
            ),
            artists=["Fiona Pear"],
            year=1999,
        ),
        # formula-injection prefixes
        dict(folder=unc, release=9_100_028, title="=SUM(A1:A9)", artists=["Spreadsheet"]),
        dict(folder=unc, release=9_100_029, title="+44 (0)20 7946 0000", artists=["Dial Tone"]),
        dict(folder=unc, release=9_100_030, title="-Negative Space-", artists=["Minus"]),
        dict(folder=unc, release=9_100_031, title="@Home", artists=["@mention"]),
        # whitespace
        dict(
            folder=sell,
            release=9_100_032,
            title="  Padded Title  ",
            artists=[" Spacey Artist "],
            rating=1,
        ),
        # ratings, all formats
        dict(
            folder=sell,
            release=9_100_033,
            title="Mediocre At Best",
            artists=["Average Joes"],
            rating=3,
            formats=["CD"],
        ),
    ]
    dates = [
        datetime(2015, 1, 1, 0, 0, 5),
        datetime(2016, 2, 29, 23, 59, 59),
        datetime(2017, 3, 12, 1, 59, 59),  # just before spring-forward
        datetime(2017, 3, 12, 3, 0, 1),  # just after
        datetime(2018, 11, 4, 1, 30, 0),  # first 01:30 (PDT)
        datetime(2018, 11, 4, 1, 30, 0, fold=1),  # second 01:30 (PST)
        datetime(2019, 12, 31, 23, 59, 59),  # next year in UTC
        datetime(2020, 1, 1, 0, 0, 0),
        datetime(2021, 7, 4, 12, 0, 0),
        datetime(2022, 3, 13, 3, 15, 0),
        datetime(2023, 6, 30, 23, 58, 0),
        datetime(2024, 11, 3, 1, 5, 0, fold=1),
        datetime(2025, 8, 15, 0, 0, 30),
        datetime(2026, 11, 19, 23, 59, 0),
    ]
    items: list[dict[str, Any]] = []
    for n, spec in enumerate(specs):
        spec = dict(spec)
        folder = spec.pop("folder")
        release = spec.pop("release")
        when = dates[n % len(dates)]
        if n >= len(dates):  # arithmetic resets fold, so restore it
            weeks = n // len(dates) * (-1 if when.year >= 2026 else 1)
            when = (when + timedelta(weeks=weeks)).replace(fold=when.fold)
        spec.setdefault("date_added", when)
        spec.setdefault("year", 1970 + n)
        items.append(make_item(first_instance_id + n, release, folder, **spec))
    return items


def adversarial_collection(username: str = "collector") -> FakeCollection:
    """Every awkward case at least once (see ``missing_cases``), in ``DEMO_FOLDERS``."""
    return FakeCollection(
        username=username,
        folders=[dict(x) for x in DEMO_FOLDERS],
        items=adversarial_items(),
    )


def load_demo_collection(path: Path | None = None) -> FakeCollection:
    """The bundled demo collection (``resources/demo/collection.json``)."""
    data = json.loads((path or DEMO_PATH).read_text("utf-8"))
    return FakeCollection.from_json(data)


# --------------------------------------------------------------------------- case checker

_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_DISAMBIGUATION = re.compile(r" \(\d+\)$")
JOIN_TOKENS = (",", "&", "Feat.", "Vs.", "And", "With", "/", "+")


def _has(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


def missing_cases(collection: FakeCollection) -> list[str]:
    """Names of the adversarial cases the collection lacks (empty = all present)."""
    items = collection.items
    infos = [it["basic_information"] for it in items]
    titles = [b["title"] for b in infos]
    artists = [a for b in infos for a in b["artists"]]
    names = [a["name"] for a in artists]
    texts = titles + names
    notes = [n["value"] for it in items for n in it.get("notes", [])]
    formats = [f for b in infos for f in b["formats"]]
    descriptions = {d for f in formats for d in f.get("descriptions", [])}
    format_names = {f["name"] for f in formats}
    used_folders = {it["folder_id"] for it in items}
    release_folders: dict[int, set[int]] = {}
    for it in items:
        release_folders.setdefault(it["id"], set()).add(it["folder_id"])
    dates = [parse_date_added(it["date_added"]) for it in items]
    stamps = [it["date_added"] for it in items]
    checks: dict[str, bool] = {
        "title_comma": any("," in t and '"' not in t for t in titles),
        "title_quote": any('"' in t and "," not in t for t in titles),
        "title_comma_and_quote": any("," in t and '"' in t for t in titles),
        "title_tab": any("\t" in t for t in titles),
        "note_lf": any("\n" in n and "\r\n" not in n for n in notes),
        "note_crlf": any("\r\n" in n for n in notes),
        "emoji": any(_EMOJI.search(t) for t in texts),
        "emoji_zwj": any("\u200d" in t for t in texts),
        "emoji_flag": any(_FLAG.search(t) for t in texts),
        "japanese": any(_has("[\u3040-\u30ff]", t) for t in texts),
        "chinese": any(
            _has("[\u4e00-\u9fff]", t) and not _has("[\u3040-\u30ff]", t) for t in texts
        ),
        "korean": any(_has("[\uac00-\ud7af]", t) for t in texts),
        "arabic": any(_has("[\u0600-\u06ff]", t) for t in texts),
        "hebrew": any(_has("[\u0590-\u05ff]", t) for t in texts),
        "artist_disambiguation": any(_DISAMBIGUATION.search(n) for n in names),
        "anv": any(a["anv"] and a["anv"] != a["name"] for a in artists),
        "various": "Various" in names,
        "year_zero": any(b["year"] == 0 for b in infos),
        "box_set": any(
            len(b["formats"]) > 1
            and any(f["qty"] == "5" for f in b["formats"])
            and any("Box Set" in (f["name"], *f.get("descriptions", [])) for f in b["formats"])
            for b in infos
        ),
        "catno_none": any(lb["catno"] == "none" for b in infos for lb in b["labels"]),
        "multiple_labels": any(len(b["labels"]) > 1 for b in infos),
        "duplicate_release": any(
            sum(1 for it in items if it["id"] == rid) > 1 for rid in release_folders
        ),
        "duplicate_release_other_folder": any(len(v) > 1 for v in release_folders.values()),
        "empty_user_folder": any(
            int(fo["id"]) not in used_folders and int(fo["id"]) > 1 for fo in collection.folders
        ),
        "long_title": any(len(t) >= 300 for t in titles),
        "leading_whitespace": any(t != t.lstrip() for t in texts),
        "trailing_whitespace": any(t != t.rstrip() for t in texts),
        "ratings_0_to_5": {it["rating"] for it in items} >= {0, 1, 2, 3, 4, 5},
        "dates_across_years": len({d.year for d in dates}) >= 5,
        "date_near_midnight": any(s[11:13] in ("23", "00") for s in stamps),
        "date_pdt_and_pst": any(s.endswith("-07:00") for s in stamps)
        and any(s.endswith("-08:00") for s in stamps),
        "date_dst_transition_day": any(
            d.date() in (_nth_sunday(d.year, 3, 2), _nth_sunday(d.year, 11, 1)) for d in dates
        ),
        "folder_comma_emoji": any(
            "," in fo["name"] and _EMOJI.search(fo["name"]) for fo in collection.folders
        ),
    }
    for token in JOIN_TOKENS:
        checks[f"join {token}"] = any(a["join"] == token for a in artists)
    for prefix in "=+-@":
        checks[f"title_starts_{prefix}"] = any(t.startswith(prefix) for t in titles)
    for desc in ('7"', '10"', '12"', "LP", "EP", "Single"):
        checks[f"description {desc}"] = desc in descriptions
    for name in ("Vinyl", "CD", "Cassette", "File"):
        checks[f"format {name}"] = name in format_names
    return sorted(name for name, ok in checks.items() if not ok)
