"""Write ``resources/demo/collection.json``, the bundled demo collection.

Deterministic: running it again produces the same file. ``python -m tests.fakes.make_demo``
(``--check`` only compares and exits 1 when the file is stale).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.fakes.dataset import (
    DEFAULT_FIELDS,
    DEMO_FOLDERS,
    DEMO_PATH,
    FakeCollection,
    adversarial_items,
    make_item,
    missing_cases,
    parse_date_added,
)

SEED = 20_261_120
#: A field of the user's own: where each record stands (shelf order is natural: A2 before A10).
SHELF_FIELD: dict[str, Any] = {
    "id": 4,
    "name": "Shelf",
    "type": "dropdown",
    "position": 4,
    "public": False,
    "options": [f"{row}{n}" for row in "AB" for n in range(1, 13)],
}


def shelf_of(n: int) -> str:
    """The shelf of the n-th realistic record (every seventh has none yet)."""
    if n % 7 == 6:
        return ""
    return f"{'AB'[n // 12 % 2]}{n % 12 + 1}"


USERNAME = "demo_collector"

JAZZ, ROCK, ELEC, CITY, BOX, SELL, UNC, ODD = (
    "Jazz",
    "Rock & Pop",
    "Electronic",
    "Japanese City Pop 🇯🇵",
    "Box Sets",
    "To Sell",
    "Uncategorized",
    "Singles, EPs & Oddities 💿✨",
)


def _box(name: str, qty: int, *descriptions: str, text: str = "") -> list[dict[str, Any]]:
    entry: dict[str, Any] = {"name": name, "qty": str(qty), "descriptions": list(descriptions)}
    if text:
        entry["text"] = text
    return [entry, {"name": "Box Set", "qty": "1", "descriptions": ["Compilation"]}]


# fmt: off
# folder, artists (name or (name, join) pairs), title, year, label, catno, format, genre, style
RECORDS: list[tuple[str, Any, str, int, str, str, Any, str, str]] = [
    (JAZZ, "Miles Davis", "Kind Of Blue", 1959, "Columbia", "CL 1355", "LP", "Jazz", "Modal"),
    (JAZZ, "John Coltrane", "A Love Supreme", 1965, "Impulse!", "A-77", "LP", "Jazz", "Modal"),
    (JAZZ, "Art Blakey & The Jazz Messengers", "Moanin'", 1959, "Blue Note", "BLP 4003", "LP",
     "Jazz", "Hard Bop"),
    (JAZZ, "The Bill Evans Trio", "Sunday At The Village Vanguard", 1961, "Riverside Records",
     "RLP 376", "LP", "Jazz", "Cool Jazz"),
    (JAZZ, "The Dave Brubeck Quartet", "Time Out", 1959, "Columbia", "CL 1397", "LP", "Jazz",
     "Cool Jazz"),
    (JAZZ, "Charles Mingus", "Mingus Ah Um", 1959, "Columbia", "CL 1370", "LP", "Jazz",
     "Post Bop"),
    (JAZZ, "Herbie Hancock", "Head Hunters", 1973, "Columbia", "KC 32731", "LP", "Jazz",
     "Jazz-Funk"),
    (JAZZ, "Alice Coltrane", "Journey In Satchidananda", 1971, "Impulse!", "AS-9203", "LP",
     "Jazz", "Spiritual Jazz"),
    (JAZZ, "Thelonious Monk", "Brilliant Corners", 1957, "Riverside Records", "RLP 12-226",
     "LP", "Jazz", "Hard Bop"),
    (JAZZ, "Cannonball Adderley", "Somethin' Else", 1958, "Blue Note", "BLP 1595", "LP", "Jazz",
     "Hard Bop"),
    (JAZZ, "Kamasi Washington", "The Epic", 2015, "Brainfeeder", "BF050",
     {"name": "Vinyl", "qty": "3", "descriptions": ["LP", "Album"]}, "Jazz", "Contemporary Jazz"),
    (JAZZ, [("Stan Getz", "/"), ("João Gilberto", "")], "Getz / Gilberto", 1964, "Verve Records",
     "V6-8545", "LP", "Jazz", "Bossa Nova"),
    (JAZZ, "Sun Ra", "Space Is The Place", 1973, "Blue Thumb Records", "BTS 41", "LP", "Jazz",
     "Free Jazz"),
    (ROCK, "Fleetwood Mac", "Rumours", 1977, "Warner Bros. Records", "BSK 3010", "LP", "Rock",
     "Soft Rock"),
    (ROCK, "Pink Floyd", "The Dark Side Of The Moon", 1973, "Harvest", "SHVL 804", "LP", "Rock",
     "Prog Rock"),
    (ROCK, "The Beatles", "Abbey Road", 1969, "Apple Records", "PCS 7088", "LP", "Rock",
     "Pop Rock"),
    (ROCK, "David Bowie", "The Rise And Fall Of Ziggy Stardust And The Spiders From Mars", 1972,
     "RCA Victor", "SF 8287", "LP", "Rock", "Glam"),
    (ROCK, "Radiohead", "OK Computer", 1997, "Parlophone", "NODATA 02", "2LP", "Rock",
     "Alternative Rock"),
    (ROCK, "Talking Heads", "Remain In Light", 1980, "Sire", "SRK 6095", "LP", "Rock",
     "New Wave"),
    (ROCK, "Kate Bush", "Hounds Of Love", 1985, "EMI", "KAB 1", "LP", "Rock", "Art Rock"),
    (ROCK, [("The Velvet Underground", "&"), ("Nico", "")], "The Velvet Underground & Nico", 1967,
     "Verve Records", "V6-5008", "LP", "Rock", "Art Rock"),
    (ROCK, "Joni Mitchell", "Blue", 1971, "Reprise Records", "MS 2038", "LP", "Rock",
     "Folk Rock"),
    (ROCK, "Prince And The Revolution", "Purple Rain", 1984, "Warner Bros. Records", "1-25110",
     "LP", "Rock", "Pop Rock"),
    (ROCK, "Nirvana", "Nevermind", 1991, "DGC", "DGC-24425", "LP", "Rock", "Grunge"),
    (ROCK, "Arctic Monkeys", "AM", 2013, "Domino", "WIGLP317", "LP", "Rock", "Indie Rock"),
    (ROCK, "Tame Impala", "Currents", 2015, "Modular", "4730676", "2LP", "Rock",
     "Psychedelic Rock"),
    (ROCK, "Fleet Foxes", "Fleet Foxes", 2008, "Sub Pop", "SP 777", "LP", "Rock", "Folk Rock"),
    (ROCK, "The Smiths", "The Queen Is Dead", 1986, "Rough Trade", "ROUGH 96", "LP", "Rock",
     "Indie Rock"),
    (ROCK, "Bruce Springsteen", "Born To Run", 1975, "Columbia", "PC 33795", "LP", "Rock",
     "Pop Rock"),
    (ROCK, "Stevie Wonder", "Songs In The Key Of Life", 1976, "Tamla", "T13-340C2",
     [{"name": "Vinyl", "qty": "2", "descriptions": ["LP", "Album"]},
      {"name": "Vinyl", "qty": "1", "descriptions": ['7"', "33 ⅓ RPM", "EP"]}],
     "Funk / Soul", "Soul"),
    (ELEC, "Daft Punk", "Discovery", 2001, "Virgin", "V2940", "2LP", "Electronic", "House"),
    (ELEC, "Aphex Twin", "Selected Ambient Works 85-92", 1992, "Apollo", "AMB LP 3922", "2LP",
     "Electronic", "Ambient"),
    (ELEC, "Boards Of Canada", "Music Has The Right To Children", 1998, "Warp Records",
     "WARPLP55", "2LP", "Electronic", "IDM"),
    (ELEC, "Kraftwerk", "Trans-Europa Express", 1977, "Kling Klang", "1C 064-82 306", "LP",
     "Electronic", "Krautrock"),
    (ELEC, "Massive Attack", "Mezzanine", 1998, "Circa", "WBRLP4", "2LP", "Electronic",
     "Trip Hop"),
    (ELEC, "Burial", "Untrue", 2007, "Hyperdub", "HDBLP002", "2LP", "Electronic", "Dubstep"),
    (ELEC, "Four Tet", "Rounds", 2003, "Domino", "WIGLP128", "LP", "Electronic", "Folktronica"),
    (ELEC, "Underworld", "Born Slippy .NUXX", 1996, "Junior Boy's Own", "JBO 44", '12"',
     "Electronic", "Techno"),
    (ELEC, "The Chemical Brothers", "Dig Your Own Hole", 1997, "Freestyle Dust", "XDUSTLP2",
     "2LP", "Electronic", "Big Beat"),
    (ELEC, "Jon Hopkins", "Immunity", 2013, "Domino", "WIGLP311", "2LP", "Electronic",
     "Ambient"),
    (ELEC, "Moderat", "II", 2013, "Monkeytown Records", "MTR027", "2LP", "Electronic",
     "Techno"),
    (ELEC, "Orbital", "Orbital 2", 1993, "Internal", "TRUL 3", "2LP", "Electronic", "Techno"),
    (CITY, {"name": "山下達郎", "anv": "Tatsuro Yamashita"}, "For You", 1982, "Air Records",
     "RAL-8801", "LP", "Pop", "City Pop"),
    (CITY, "大貫妙子", "Sunshower", 1977, "Panam", "GW-4029", "LP", "Pop", "City Pop"),
    (CITY, "Minako Yoshida", "Monochrome", 1980, "Alfa", "ALR-6030", "LP", "Pop", "City Pop"),
    (CITY, "Anri", "Timely!!", 1983, "For Life Records", "28K-66", "LP", "Pop", "City Pop"),
    (CITY, "Toshiki Kadomatsu", "Sea Is A Lady", 1987, "Air Records", "RAL-8833", "LP",
     "Jazz", "Fusion"),
    (CITY, "Hiroshi Sato", "Awakening", 1982, "Alfa", "ALR-28034", "LP", "Pop", "City Pop"),
    (CITY, {"name": "松原みき", "anv": "Miki Matsubara"}, "真夜中のドア〜Stay With Me", 1979,
     "See-Saw", "7K-0115", '7"', "Pop", "City Pop"),
    (CITY, "Omega Tribe", "Aqua City", 1983, "VAP", "30107-28", "LP", "Pop", "City Pop"),
    (BOX, "The Beatles", "The Beatles In Mono", 2014, "Apple Records", "0602537883711",
     _box("Vinyl", 14, "LP", "Album", "Reissue", "Mono", text="180g"), "Rock", "Pop Rock"),
    (BOX, "Miles Davis", "The Complete Bitches Brew Sessions", 1998, "Columbia", "C4K 65570",
     _box("CD", 4, "Compilation", "Remastered"), "Jazz", "Fusion"),
    (BOX, "Nick Drake", "Fruit Tree", 1979, "Island Records", "NDSP 100",
     _box("Vinyl", 4, "LP", "Compilation"), "Rock", "Folk"),
    (BOX, "Various", "Nuggets: Original Artyfacts From The First Psychedelic Era 1965-1968",
     1998, "Rhino Records (2)", "R2 75466", _box("CD", 4, "Compilation"), "Rock",
     "Garage Rock"),
    (SELL, "Coldplay", "Parachutes", 2000, "Parlophone", "527 7831", "CD", "Rock", "Brit Pop"),
    (SELL, "Dire Straits", "Brothers In Arms", 1985, "Vertigo", "VERH 25", "LP", "Rock",
     "Soft Rock"),
    (SELL, "Phil Collins", "No Jacket Required", 1985, "Virgin", "V 2345", "LP", "Pop",
     "Synth-pop"),
    (SELL, "Simply Red", "Stars", 1991, "East West", "9031-75284-1", "LP", "Pop", "Soul"),
    (SELL, "Alanis Morissette", "Jagged Little Pill", 1995, "Maverick", "9 45901-4", "Cassette",
     "Rock", "Alternative Rock"),
    (SELL, "Oasis (2)", "(What's The Story) Morning Glory?", 1995, "Creation Records",
     "CRE LP 189", "2LP", "Rock", "Brit Pop"),
    (UNC, "Bon Iver", "For Emma, Forever Ago", 2008, "Jagjaguwar", "JAG115", "LP", "Rock",
     "Indie Rock"),
    (UNC, "Sufjan Stevens", "Carrie & Lowell", 2015, "Asthmatic Kitty Records", "AKR099",
     "LP", "Rock", "Folk"),
    (UNC, "Khruangbin", "Con Todo El Mundo", 2018, "Dead Oceans", "DOC151", "LP", "Rock",
     "Psychedelic Rock"),
    (UNC, "Björk", "Homogenic", 1997, "One Little Indian", "TPLP71", "LP", "Electronic",
     "Trip Hop"),
    (UNC, "Sade", "Diamond Life", 1984, "Epic", "EPC 26044", "LP", "Funk / Soul", "Soul"),
    (UNC, "Portishead", "Dummy", 1994, "Go! Beat", "828 553-1", "LP", "Electronic",
     "Trip Hop"),
    (UNC, "Kendrick Lamar", "To Pimp A Butterfly", 2015, "Top Dawg Entertainment",
     "B0023319-01", "2LP", "Hip Hop", "Conscious"),
    (UNC, "Buena Vista Social Club", "Buena Vista Social Club", 1997, "World Circuit",
     "WCD050", "CD", "Latin", "Son"),
    (UNC, [("Fela Kuti", "And"), ("Afrika 70", "")], "Zombie", 1977, "Coconut", "PM 1402",
     "LP", "Funk / Soul", "Afrobeat"),
    (UNC, "Rosalía", "Motomami", 2022, "Columbia", "19658701861", "LP", "Latin", "Reggaeton"),
    (ODD, "New Order", "Blue Monday", 1983, "Factory", "FAC 73", '12"', "Electronic",
     "Synth-pop"),
    (ODD, "Donna Summer", "I Feel Love", 1977, "GTO", "GT 100", '7"', "Electronic", "Disco"),
    (ODD, "The Specials", "Ghost Town", 1981, "2 Tone Records", "CHS TT 17", '7"', "Reggae",
     "Ska"),
    (ODD, "The Cure", "Disintegration", 1989, "Fiction Records", "FIXHC 14", "Cassette", "Rock",
     "Goth Rock"),
    (ODD, [("Mr. Fingers", "")], "Can You Feel It", 1986, "Trax Records", "TX 117", '12"',
     "Electronic", "Deep House"),
]
# fmt: on

CONDITIONS = ["Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)", "Very Good (VG)"]


def _artists(spec: Any) -> tuple[list[Any], list[str] | None]:
    if isinstance(spec, list):
        return [name for name, _ in spec], [join for _, join in spec]
    return [spec], None


def build() -> FakeCollection:
    """The demo collection: every adversarial case plus a realistic record shelf."""
    rng = random.Random(SEED)
    folder_ids = {f["name"]: int(f["id"]) for f in DEMO_FOLDERS}
    items: list[dict[str, Any]] = []
    adversarial = adversarial_items()
    used_releases = {int(it["id"]) for it in adversarial}
    start = datetime(2015, 1, 3, 9, 0)
    span = int((datetime(2026, 11, 20, 20, 0) - start).total_seconds())
    for n, (folder, artist_spec, title, year, label, catno, fmt, genre, style) in enumerate(
        RECORDS
    ):
        release_id = rng.randrange(400_000, 32_000_000)
        while release_id in used_releases:
            release_id = rng.randrange(400_000, 32_000_000)
        used_releases.add(release_id)
        artists, joins = _artists(artist_spec)
        notes: dict[int, str] = {}
        if rng.random() < 0.5 or folder == SELL:
            notes[1] = rng.choice(CONDITIONS)
            notes[2] = rng.choice(CONDITIONS)
        if folder == SELL:
            notes[3] = f"Asking ${rng.randrange(8, 60)}"
        if shelf_of(n):
            notes[4] = shelf_of(n)
        items.append(
            make_item(
                n + 1,
                release_id,
                folder_ids[folder],
                title=title,
                year=year,
                artists=artists,
                joins=joins,
                labels=[(label, catno)],
                formats=fmt if isinstance(fmt, list) else [fmt],
                date_added=start + timedelta(seconds=rng.randrange(span)),
                rating=rng.choice([0, 0, 3, 4, 4, 5, 5]),
                notes=notes or None,
                genres=[genre],
                styles=[style],
            )
        )
    items.extend(adversarial)
    # Instance ids grow with time on Discogs: renumber in date order.
    items.sort(key=lambda it: (parse_date_added(it["date_added"]), it["id"]))
    instance_id = 310_000_000
    renumbered: list[dict[str, Any]] = []
    for item in items:
        instance_id += rng.randrange(40_000, 4_000_000)
        renumbered.append({**item, "instance_id": instance_id})
    return FakeCollection(
        username=USERNAME,
        folders=[dict(f) for f in DEMO_FOLDERS],
        items=renumbered,
        fields=[dict(f) for f in (*DEFAULT_FIELDS, SHELF_FIELD)],
        user_id=1,
    )


def render(collection: FakeCollection) -> str:
    """The file text: pretty-printed UTF-8 JSON with a final newline."""
    return json.dumps(collection.to_json(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the demo file."""
    args = sys.argv[1:] if argv is None else argv
    collection = build()
    missing = missing_cases(collection)
    if missing:
        print(f"demo collection lacks: {', '.join(missing)}", file=sys.stderr)
        return 2
    text = render(collection)
    path = Path(DEMO_PATH)
    if "--check" in args:
        current = path.read_text("utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python -m tests.fakes.make_demo", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {path}: {len(collection.items)} instances")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
