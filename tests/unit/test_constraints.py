"""constraints.txt: exact pins only, covering every dependency, and the tested lower bounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_build_spec import ROOT, _load

cc = _load("check_constraints", ROOT / "build_specs" / "check_constraints.py")


def pins() -> dict[str, tuple[str, str]]:
    return cc.parse((ROOT / "constraints.txt").read_text("utf-8"))


def test_constraints_are_exact_pins_without_urls() -> None:
    text = (ROOT / "constraints.txt").read_text("utf-8")
    assert "://" not in text and "--" not in text
    assert len(pins()) >= 30


def test_every_declared_dependency_is_pinned_at_its_lower_bound() -> None:
    assert cc.lower_bound_problems(pins()) == []


def test_a_lower_bound_behind_the_pin_is_reported(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\ndependencies = ["requests>=2.0", "unpinned-thing"]\n', "utf-8"
    )
    found = cc.lower_bound_problems({"requests": ("requests", "2.34.2")}, pyproject)
    assert found == [
        "requests: lower bound 2.0, tested 2.34.2",
        "unpinned-thing: not in constraints.txt",
    ]


def test_freeze_and_wheels_make_sorted_pins_without_our_package() -> None:
    text = cc.render(
        cc.from_freeze(
            ["Zeta==1.0", "discogs-qr-export==0.1.0", "-e git+x", "alpha_b==2.0.post1"],
            ["pywin32_ctypes-0.2.3-py3-none-any.whl"],
        )
    )
    assert text.startswith(cc.HEADER)
    assert text[len(cc.HEADER) :].splitlines() == [
        "alpha_b==2.0.post1",
        "pywin32_ctypes==0.2.3",
        "Zeta==1.0",
    ]


@pytest.mark.parametrize("line", ["requests>=2", "--index-url x", "pkg @ file:///tmp/x.whl"])
def test_anything_but_exact_pins_is_refused(line: str) -> None:
    with pytest.raises(ValueError):
        cc.parse(line)


def test_an_installed_version_that_drifted_is_reported() -> None:
    assert cc.mismatches({"pytest": ("pytest", "0.0.1")}) != []
    assert cc.mismatches({"not-installed-anywhere": ("not-installed-anywhere", "1.0")}) == []
