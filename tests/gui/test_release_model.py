"""ReleaseModel and ReleaseProxy: model contracts, sorting, filtering, checks."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.filters import RecordFilter, natural_key
from desktop_app.core.release import Instance
from desktop_app.gui.release_model import (
    INSTANCE_ID_ROLE,
    Column,
    ReleaseModel,
    make_rows,
    sort_text,
)
from desktop_app.gui.release_proxy import ReleaseProxy, compile_filter
from desktop_app.services.source import DemoSource
from tests.fakes.dataset import generated_collection, make_item

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder


def demo_instances() -> list[Instance]:
    source = DemoSource()
    out: list[Instance] = []
    for page in source.iter_pages(0):
        out.extend(page.instances)
    return out


def item(iid: int, artist: str, title: str = "T", year: int = 2000, **kw: object) -> Instance:
    no_date = kw.pop("no_date", False)
    data = make_item(iid, iid + 1, 1, artists=[artist], title=title, year=year, **kw)
    if no_date:
        data["date_added"] = None
    return Instance.from_item(data)


@pytest.fixture
def setup(qapp):
    model = ReleaseModel()
    proxy = ReleaseProxy()
    proxy.setSourceModel(model)
    testers = [
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal),
        QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal),
    ]
    yield model, proxy
    del testers


def shown_ids(proxy: ReleaseProxy) -> list[int]:
    return [proxy.index(r, 0).data(INSTANCE_ID_ROLE) for r in range(proxy.rowCount())]


def shown_column(proxy: ReleaseProxy, column: int) -> list[str]:
    return [proxy.index(r, column).data() or "" for r in range(proxy.rowCount())]


# ---- model contract ------------------------------------------------------------------------


def test_model_tester_batches_sort_filter(setup):
    model, proxy = setup
    instances = demo_instances()
    for start in range(0, len(instances), 25):  # batches, like pages
        model.add_instances(instances[start : start + 25])
    assert model.rowCount() == len(instances) == proxy.rowCount()
    proxy.sort(Column.ARTIST, ASC)
    model.add_instances(  # more rows arrive while sorted: inserted at their sorted places
        [item(9_000_000 + i, name) for i, name in enumerate(["Zz Top", "aaa", "Mmm"])]
    )
    keys = [natural_key(t) for t in shown_column(proxy, Column.ARTIST) if t]
    assert keys == sorted(keys)
    proxy.set_record_filter(RecordFilter(text="the"))
    assert 0 < proxy.rowCount() < model.rowCount()
    proxy.sort(Column.YEAR, DESC)
    proxy.set_record_filter(RecordFilter())
    assert proxy.rowCount() == model.rowCount()
    model.set_checked([model.row(0).iid], True)
    model.clear()
    assert proxy.rowCount() == 0


def test_flags_and_roles(setup):
    model, _proxy = setup
    model.add_instances([item(1, "Tab\tArtist", title="Line\nbreak")])
    check = model.index(0, Column.CHECK)
    assert model.flags(check) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, Column.ARTIST)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(check, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(check, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.is_checked(1)
    assert model.data(model.index(0, Column.ARTIST)) == "Tab Artist"
    assert model.data(model.index(0, Column.TITLE), Qt.ItemDataRole.ToolTipRole) == "Line break"
    assert model.headerData(Column.ARTIST, Qt.Orientation.Horizontal) == "Artist"


# ---- sorting -------------------------------------------------------------------------------


def test_sort_text_matches_natural_key():
    rng = random.Random(5)
    alphabet = "aAbBéÉzZ 0123456789-.ßøÅ日本"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(600)]
    words += ["Vol. 2", "Vol. 10", "vol. 1", "Vol 007", "Vol 7", "a1b", "a01c", "A", "á"]
    by_natural = sorted(words, key=lambda w: (natural_key(w), w))
    by_text = sorted(words, key=lambda w: (sort_text(w), w))
    assert by_text == by_natural


def test_sort_natural_accents_case_cjk_and_stability(setup):
    model, proxy = setup
    names = [
        "Édith Piaf",
        "edith piaf",
        "Zappa",
        "abba",
        "ABBA",
        "Ærosmith",
        "坂本龍一",
        "10cc",
        "2Pac",
    ]
    model.add_instances([item(100 + i, n) for i, n in enumerate(names)])
    proxy.sort(Column.ARTIST, ASC)
    artists = shown_column(proxy, Column.ARTIST)
    assert artists.index("10cc") > artists.index("2Pac")  # numbers in natural order
    assert artists[:2] == ["2Pac", "10cc"]
    # case/accent duplicates sort together and ties break by instance_id
    ids = shown_ids(proxy)
    assert ids.index(103) + 1 == ids.index(104)  # abba(103) then ABBA(104)
    assert ids.index(100) + 1 == ids.index(101)  # Édith(100) then edith(101)
    proxy.sort(Column.ARTIST, DESC)
    ids_desc = shown_ids(proxy)
    assert ids_desc.index(103) + 1 == ids_desc.index(104)  # ties stay by instance_id
    assert shown_column(proxy, Column.ARTIST)[-2:] == ["10cc", "2Pac"]


def test_sort_on_demo_data_every_column(setup):
    model, proxy = setup
    model.add_instances(demo_instances())
    for column in Column:
        if column == Column.CHECK:
            continue
        for order in (ASC, DESC):
            proxy.sort(column, order)
            assert proxy.rowCount() == model.rowCount()
            ids = shown_ids(proxy)
            assert len(set(ids)) == len(ids)


def test_unknown_year_last_in_both_orders(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "A", year=0),
            item(2, "B", year=1999),
            item(3, "C", year=0),
            item(4, "D", year=1970),
        ]
    )
    proxy.sort(Column.YEAR, ASC)
    assert shown_ids(proxy) == [4, 2, 1, 3]
    proxy.sort(Column.YEAR, DESC)
    assert shown_ids(proxy) == [2, 4, 1, 3]
    model.add_instances([item(5, "E", year=0), item(6, "F", year=2020)])  # sorted insert
    assert shown_ids(proxy) == [6, 2, 4, 1, 3, 5]


def test_dates_sort_chronologically(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "A", date_added="2021-03-01T10:00:00-08:00"),
            item(2, "B", date_added="2019-12-31T23:00:00-08:00"),
            item(3, "C", date_added="2021-02-28T10:00:00-08:00"),
        ]
    )
    proxy.sort(Column.ADDED, ASC)
    assert shown_ids(proxy) == [2, 3, 1]
    proxy.sort(Column.ADDED, DESC)
    assert shown_ids(proxy) == [1, 3, 2]


# ---- filtering -----------------------------------------------------------------------------


def test_text_filter_accent_insensitive_and_catno(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "Beyoncé", title="Lemonade", labels=[("Parkwood", "PWD-1")]),
            item(2, "Björk", title="Homogenic", labels=[("One Little Indian", "TPLP71")]),
            item(3, "Muse", title="Origin"),
        ]
    )
    proxy.set_record_filter(RecordFilter(text="beyonce"))
    assert shown_ids(proxy) == [1]
    proxy.set_record_filter(RecordFilter(text="BJORK homo"))
    assert shown_ids(proxy) == [2]
    proxy.set_record_filter(RecordFilter(text="tplp71"))
    assert shown_ids(proxy) == [2]
    proxy.set_record_filter(RecordFilter(text="nothing-like-this"))
    assert shown_ids(proxy) == []


def test_date_range_inclusive_and_format(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "A", date_added="2022-05-01T00:00:00+00:00", formats=["CD"]),
            item(2, "B", date_added="2022-05-10T12:00:00+00:00"),
            item(3, "C", date_added="2022-05-20T12:00:00+00:00"),
            item(4, "D", no_date=True),
        ]
    )
    days = {r.iid: r.day for r in model.rows()}
    low, high = days[1], days[2]
    proxy.set_record_filter(RecordFilter(added_from=low, added_to=high))
    assert sorted(shown_ids(proxy)) == [1, 2]  # both ends inclusive
    proxy.set_record_filter(RecordFilter(added_from=high + timedelta(days=1)))
    assert shown_ids(proxy) == [3]
    proxy.set_record_filter(RecordFilter(format_name="cd"))
    assert shown_ids(proxy) == [1]
    proxy.set_record_filter(RecordFilter(format_name="Vinyl", added_to=high))
    assert shown_ids(proxy) == [2]


def test_compiled_filter_agrees_with_core_filter():
    collection = generated_collection({"Main": 400}, seed=7)
    instances = [Instance.from_item(it) for it in collection.items]
    rows = make_rows(instances)
    filters = [
        RecordFilter(text="the"),
        RecordFilter(text="a e"),
        RecordFilter(format_name="Vinyl"),
        RecordFilter(format_name='7"'),
        RecordFilter(added_from=date(2015, 1, 1), added_to=date(2019, 12, 31)),
        RecordFilter(text="o", format_name="LP", added_from=date(2012, 6, 1)),
    ]
    for record_filter in filters:
        accepts = compile_filter(record_filter)
        assert accepts is not None
        expected = [record_filter.matches(i) for i in instances]
        assert [accepts(r) for r in rows] == expected, record_filter
    assert compile_filter(RecordFilter()) is None


# ---- checks --------------------------------------------------------------------------------


def test_checks_survive_sort_filter_and_reload(setup):
    model, proxy = setup
    instances = demo_instances()
    model.add_instances(instances)
    chosen = {instances[3].instance_id, instances[10].instance_id, instances[40].instance_id}
    model.set_checked(chosen, True)
    proxy.sort(Column.TITLE, DESC)
    proxy.set_record_filter(RecordFilter(text="a"))
    proxy.set_record_filter(RecordFilter())
    checked_rows = {
        proxy.index(r, 0).data(INSTANCE_ID_ROLE)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    }
    assert checked_rows == chosen
    model.clear()  # another folder
    assert model.checked_ids() == chosen
    assert model.checked_instance(instances[3].instance_id) == instances[3]
    model.add_instances(instances[:20])
    assert (
        model.data(
            model.index(model.row_of(instances[3].instance_id), 0), Qt.ItemDataRole.CheckStateRole
        )
        == Qt.CheckState.Checked
    )


def test_header_state_and_visible_operations(setup):
    model, proxy = setup
    model.add_instances(
        [item(i, f"Artist {i}", title="Red" if i % 2 else "Blue") for i in range(1, 11)]
    )
    assert proxy.header_check_state() == Qt.CheckState.Unchecked
    proxy.set_record_filter(RecordFilter(text="red"))
    model.set_checked(proxy.visible_instance_ids(), True)
    assert proxy.header_check_state() == Qt.CheckState.Checked
    assert model.checked_ids() == {1, 3, 5, 7, 9}
    proxy.set_record_filter(RecordFilter())
    assert proxy.header_check_state() == Qt.CheckState.PartiallyChecked
    proxy.set_record_filter(RecordFilter(text="blue"))
    assert proxy.header_check_state() == Qt.CheckState.Unchecked
    proxy.set_record_filter(RecordFilter())
    model.set_checked([], True)
    assert model.checked_count() == 5


def test_index_parent_contract(setup):
    model, _proxy = setup
    model.add_instances([item(1, "A")])
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
