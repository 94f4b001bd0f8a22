"""The suite's work units are dealt out so that the mostly waiting modules do not hold every
worker at once: spread among the long computing units, which go first with them, the longest
of each first; every unit whole, every test once (tests/schedule_order.py)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.schedule_order import dealt


@dataclass(frozen=True)
class Item:
    nodeid: str
    heavy: bool = False


def unit(test: Item) -> str:
    module, _, rest = test.nodeid.partition("::")
    return f"{module}[{rest.split('[', 1)[1]}" if "[" in rest else module


def _ids(tests: list[Item]) -> list[str]:
    return [t.nodeid for t in tests]


CORPUS = [
    Item(f"c.py::test_{what}[{part}]", heavy=True) for part in range(6) for what in ("a", "b")
]
WAITS = ("w_long.py", "w_short.py", "w_mid.py")


def test_waiting_modules_are_spread_among_the_computing_units_longest_first():
    items = [
        Item("a.py::test_one"),
        Item("w_short.py::test_x"),
        *CORPUS,
        Item("w_mid.py::test_y"),
        Item("whole.py::test_w", heavy=True),
        Item("w_long.py::test_z"),
        Item("w_long.py::test_zz"),
        Item("b.py::test_two"),
    ]
    order = [unit(t) for t in dealt(items, unit, lambda t: t.heavy, waiting=WAITS)]
    units = list(dict.fromkeys(order))
    assert units == [
        "w_long.py",
        "whole.py",
        "c.py[0]",
        "w_short.py",
        "c.py[1]",
        "c.py[2]",
        "w_mid.py",
        "c.py[3]",
        "c.py[4]",
        "c.py[5]",
        "a.py",
        "b.py",
    ]


def test_every_test_stays_once_and_every_unit_whole_in_its_own_order():
    items = [
        Item("w_long.py::test_z"),
        *CORPUS[::-1],
        Item("a.py::test_one"),
        Item("w_long.py::test_zz"),
        Item("a.py::test_two"),
    ]
    out = dealt(items, unit, lambda t: t.heavy, waiting=WAITS)
    assert sorted(_ids(out)) == sorted(_ids(items))
    for name in {unit(t) for t in items}:
        members = [i for i, t in enumerate(out) if unit(t) == name]
        assert members == list(range(members[0], members[0] + len(members))), name
        assert [out[i] for i in members] == [t for t in items if unit(t) == name]


def test_without_computing_units_the_waiting_ones_go_first_and_the_rest_keeps_its_order():
    items = [Item("a.py::t"), Item("w_mid.py::t"), Item("b.py::t"), Item("w_long.py::t")]
    out = dealt(items, unit, lambda t: t.heavy, waiting=WAITS)
    assert _ids(out) == ["w_long.py::t", "w_mid.py::t", "a.py::t", "b.py::t"]


def test_a_module_not_listed_as_waiting_keeps_its_place_by_its_mark():
    items = [Item("a.py::t"), Item("heavy.py::t", heavy=True), Item("b.py::t")]
    assert _ids(dealt(items, unit, lambda t: t.heavy, waiting=WAITS)) == [
        "heavy.py::t",
        "a.py::t",
        "b.py::t",
    ]
