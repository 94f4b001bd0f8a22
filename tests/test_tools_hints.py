"""What the tools tell the model besides `say` (the `hint`) follows the call's language.

An English call's model reads English hints only, on every path a tool result takes: booked,
held, moved, cancelled, appointments found or not, refusals, failures, answers that were lost,
the hand-over and bad arguments. The hints live in one table (`tools.hints`), German and English
side by side; a German call reads the German ones, unchanged. So does the date checker's
`message` (what about the day or time asked is wrong or open) and every day and time it says back
(`understood`, `spoken`): "Friday, 27 November", never "Freitag, 27. November". The table is
walked whole (no key without both languages, the same fields in both, no German in the English
text) and the tools' source is read for hints and date messages written anywhere else."""

# ruff: noqa: F811
from __future__ import annotations

import ast
import re
import string
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from agent.call import TextCall
from agent.claims import decide
from agent.config import Settings
from calendar_adapter.backend import BookingOutcomeUnknownError
from tests.guard_support import PERM_AT_FABIAN, facts_of
from tests.test_e2e_move_retry import GET_BOOKING, MOVE
from tests.tools_fixtures import (  # noqa: F401
    CALLER,
    STRANGER,
    cancel_lands_then_cal_com_goes_away,
    deps,
    open_call,
)
from tools import hints
from tools.booking_tools import BookingTools

TOOLS_DIR = Path(__file__).resolve().parent.parent / "tools"
# Words an English hint never has; any one of them is German showing through ("am" and "um"
# are left out: "10 am" is English).
_GERMAN_WORDS = re.compile(
    r"\b(der|die|das|den|dem|nicht|nichts|und|ist|sind|wird|wurde|noch|bitte|sagen|nennen|"
    r"anbieten|nachfragen|fragen|gebucht|reserviert|verschoben|storniert|Termin|Termine|"
    r"Anrufer|Anrufers|Kalender|Leistung|Uhr|bei|mit|für|oder|einen|eine|kein|keine|"
    r"gibt|geht|hat|vergeben|Salon ist|Der|Die|Das|Diese|Heute|heute|schon|liegt|gemeint|"
    r"Welcher|welcher|Welche|geöffnet|geschlossen|Geschlossen|Datum|Uhrzeit|Tag|Tage|"
    # the German day and month names (those not spelt the same in English)
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b"
)
_UMLAUTS = re.compile(r"[äöüÄÖÜß]")


def german_in(text: str) -> list[str]:
    """The German a text shows (words and letters); [] for plain English."""
    return _GERMAN_WORDS.findall(text) + _UMLAUTS.findall(text)


# -- the table ---------------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", hints.KEYS)
def test_every_hint_has_a_german_and_an_english_text_with_the_same_fields(key):
    german, english = hints._HINTS[key]
    assert german.strip() and english.strip() and german != english
    assert _fields(german) == _fields(english), key


@pytest.mark.parametrize("key", hints.KEYS)
def test_no_english_hint_has_german_in_it(key):
    fields = {name: "X" for name in _fields(hints._HINTS[key][1])}
    assert german_in(hints.hint(key, "en", **fields)) == [], key


def test_the_call_language_picks_the_hint_and_anything_but_english_is_german():
    assert hints.hint("not_held", "en") == "This slot is not reserved; call hold_slot first."
    assert (
        hints.hint("not_held", "de")
        == "Dieser Termin ist nicht reserviert; zuerst hold_slot aufrufen."
    )
    assert hints.hint("not_held", "fr") == hints.hint("not_held", "de")
    assert hints.hint("service_not_offered", "en", service="Maniküre").startswith(
        "The salon does not offer Maniküre"
    )


def test_the_german_detector_sees_german_and_passes_english():
    assert german_in("Der Termin wurde NICHT gebucht.")
    assert german_in("Nachfragen, wer gemeint ist.")
    assert german_in("Offer alternatives; die Alternativen anbieten.")
    assert german_in("The appointment was NOT booked. Say so honestly.") == []
    assert german_in("Which day is meant: Freitag, 27. November?")
    assert german_in("Which day is meant: Friday, 27 November or Saturday, 28 November?") == []


def _hint_literals(path: Path) -> list[str]:
    """Where a tool module writes a hint's text itself instead of naming a key of the table:
    a literal as the value of "hint", as the text of `views.error` / `views.invalid`, or an
    `ArgumentError` whose hint is not a key."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                if isinstance(k, ast.Constant) and k.value == "hint" and _text(v):
                    found.append(f"{path.name}:{node.lineno}")
        elif isinstance(node, ast.Assign):
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.slice, ast.Constant)
                and target.slice.value == "hint"
                and _text(node.value)
            ):
                found.append(f"{path.name}:{node.lineno}")
        elif isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in ("views.error", "error") and node.args and _text(node.args[0]):
                found.append(f"{path.name}:{node.lineno}")
            if name in ("views.invalid", "invalid") and len(node.args) > 1 and _text(node.args[1]):
                found.append(f"{path.name}:{node.lineno}")
            if name == "ArgumentError" and len(node.args) > 1:
                key = node.args[1]
                if not (isinstance(key, ast.Constant) and key.value in hints.KEYS):
                    found.append(f"{path.name}:{node.lineno}")
    return found


def _text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr | ast.BinOp) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_no_tool_writes_a_hint_outside_the_table():
    modules = sorted(p for p in TOOLS_DIR.rglob("*.py") if p.name != "hints.py")
    assert modules
    found = [where for path in modules for where in _hint_literals(path)]
    assert found == [], found


WHEN_DIR = TOOLS_DIR / "when"
# A sentence: punctuation that ends or divides one (". ", "? ", "; ", ": "), or at the end.
_SENTENCE = re.compile(r"[.?;:](?:\s|$)")


def _docstrings(tree: ast.AST) -> set[int]:
    bodies = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, bodies)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def _message_literals(path: Path) -> list[str]:
    """Where a module of the date checker writes a German sentence for the model itself
    instead of naming a key of the table: a text literal (an f-string's text with its fields
    left out) that reads as a sentence and has German in it. The checker's German words for
    reading what callers say ("so bald wie möglich") are no sentences and pass."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(p.value if isinstance(p, ast.Constant) else "X" for p in node.values)
        else:
            continue
        if len(text.split()) >= 3 and _SENTENCE.search(text) and german_in(text):
            found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_the_date_checker_writes_no_german_sentence_outside_the_table():
    modules = sorted(WHEN_DIR.rglob("*.py"))
    assert modules
    found = [where for path in modules for where in _message_literals(path)]
    assert found == [], found


def test_the_source_reader_finds_a_date_message_written_in_place(tmp_path):
    """The reader above is no test that cannot fail: the checker's old messages are found."""
    module = tmp_path / "m.py"
    module.write_text(
        '"""Ein Docstring ist kein Satz für das Modell."""\n'
        'a = DateCheck("invalid_date", message="Das Datum liegt mehr als ein Jahr voraus.")\n'
        'b = f"{day} liegt in der Vergangenheit; heute ist {today}."\n'
        'c = "Welcher Tag ist gemeint: " + " oder ".join(days) + "?"\n'
        'd = ("so bald wie möglich", "gegen drei", "nicht um drei")\n'
        'e = say.message("date_past", day=day, today=today)\n',
        encoding="utf-8",
    )
    assert sorted(w.split(":")[1] for w in _message_literals(module)) == ["2", "3", "4"]


def test_the_source_reader_finds_a_hint_written_in_place(tmp_path):
    """The reader above is no test that cannot fail: an inline hint is found."""
    module = tmp_path / "m.py"
    module.write_text(
        'r = {"status": "x", "hint": "Nicht raten."}\n'
        'r["hint"] = f"{a} sagen"\n'
        'views.error("Kaputt.")\n'
        'raise ArgumentError("phone", "Die Nummer fehlt.")\n',
        encoding="utf-8",
    )
    assert len(_hint_literals(module)) == 4


# -- an English call on every path a result takes ---------------------------------------------


def _hints_of(value: object) -> list[str]:
    """Every `hint` in a result, nested ones too."""
    if isinstance(value, dict):
        own = [value["hint"]] if isinstance(value.get("hint"), str) else []
        return own + [h for v in value.values() for h in _hints_of(v)]
    if isinstance(value, list):
        return [h for v in value for h in _hints_of(v)]
    return []


# The fields besides `hint` the model reads a time from: in the call's language too.
_READ_OUT = ("spoken", "opens", "free_again_by", "asked", "understood", "message")


def _read_out(value: object) -> list[str]:
    if isinstance(value, dict):
        own = [value[k] for k in _READ_OUT if isinstance(value.get(k), str)]
        return own + [t for v in value.values() for t in _read_out(v)]
    if isinstance(value, list):
        return [t for v in value for t in _read_out(v)]
    return []


def _names(value: object) -> list[str]:
    """The salon's own names in a result (services, as "Maniküre" the salon does not offer):
    proper names in either language, not German showing through."""
    if isinstance(value, dict):
        keys = ("not_offered", "service", "holiday", "name")  # "holiday": the salon's name for it
        own = [value[k] for k in keys if isinstance(value.get(k), str)]
        return own + [n for v in value.values() for n in _names(v)]
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def without_names(text: str, result: object) -> str:
    for name in _names(result):
        text = text.replace(name, "")
    return text


def assert_english(result: dict) -> None:
    found = _hints_of(result)
    assert found, result  # every path below gives the model a hint
    for text in found + _read_out(result):
        assert german_in(without_names(text, result)) == [], (text, result)


async def _held(tools: BookingTools, time: str = "10:00") -> str:
    held = await tools.call("check_availability", {**PERM_AT_FABIAN, "time": time})
    assert held["status"] == "held", held
    return held["slot_id"]


async def _booked(tools: BookingTools) -> dict:
    booked = await tools.call(
        "book_appointment", {"slot_id": await _held(tools), "customer_name": "Anna Berg"}
    )
    assert booked["status"] == "booked", booked
    return booked


async def _move(tools: BookingTools, ref: str) -> dict:
    slot_id = await _held(tools, "14:00")
    return await tools.call(
        "reschedule_appointment", {"ref": ref, "slot_id": slot_id, "customer_name": "Anna Berg"}
    )


Path_ = Callable[..., Awaitable[dict]]


async def booked_twice(tools, sandbox, monkeypatch, clock):
    slot_id = await _held(tools)
    await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Anna Berg"})
    return await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Anna Berg"})


async def slot_not_from_this_call(tools, sandbox, monkeypatch, clock):
    return await tools.call("book_appointment", {"slot_id": "s-nope", "customer_name": "Anna"})


async def argument_missing(tools, sandbox, monkeypatch, clock):
    return await tools.call("book_appointment", {"slot_id": await _held(tools)})


async def name_without_letters(tools, sandbox, monkeypatch, clock):
    return await tools.call(
        "book_appointment", {"slot_id": await _held(tools), "customer_name": "??"}
    )


async def arguments_not_an_object(tools, sandbox, monkeypatch, clock):
    return await tools.call("check_availability", [1, 2])


async def unknown_tool(tools, sandbox, monkeypatch, clock):
    return await tools.call("book_everything", {})


async def service_not_offered(tools, sandbox, monkeypatch, clock):
    return await tools.call("check_availability", {**PERM_AT_FABIAN, "service": "manicure"})


async def unknown_stylist(tools, sandbox, monkeypatch, clock):
    return await tools.call("check_availability", {**PERM_AT_FABIAN, "stylist": "Zorro"})


async def closed_day(tools, sandbox, monkeypatch, clock):
    return await tools.call("check_availability", {**PERM_AT_FABIAN, "date": "2026-11-30"})


async def time_not_free(tools, sandbox, monkeypatch, clock):
    await _booked(tools)
    return await tools.call("check_availability", {**PERM_AT_FABIAN, "time": "10:00"})


async def free_times_offered(tools, sandbox, monkeypatch, clock):
    return await tools.call("check_availability", PERM_AT_FABIAN)


async def nothing_held_to_release(tools, sandbox, monkeypatch, clock):
    return await tools.call("release_hold", {"slot_id": "s-nope"})


async def several_held_to_release(tools, sandbox, monkeypatch, clock):
    await _held(tools)
    await tools.call(
        "check_availability", {**PERM_AT_FABIAN, "time": "14:00", "for_person": "Tom Berg"}
    )
    return await tools.call("release_hold", {})


async def booking_answer_lost_slot_still_held(tools, sandbox, monkeypatch, clock):
    slot_id = await _held(tools)
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")
    return await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Anna"})


async def booking_answer_lost_and_calendar_gone(tools, sandbox, monkeypatch, clock):
    backend = tools.session.deps.backend
    send = backend.create_booking

    async def made_unseen_and_unreachable(request):
        await send(request)
        sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
        raise BookingOutcomeUnknownError("answer lost", request_id=request.request_id)

    monkeypatch.setattr(backend, "create_booking", made_unseen_and_unreachable)
    slot_id = await _held(tools)
    try:
        return await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Anna"})
    finally:
        sandbox.faults.clear()


async def booking_refused(tools, sandbox, monkeypatch, clock):
    slot_id = await _held(tools)
    sandbox.faults.fail_next(1, "400", endpoint="POST /v2/bookings")
    return await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Anna"})


async def booking_never_sent(tools, sandbox, monkeypatch, clock):
    from calendar_adapter.backend import NotSentError

    async def unreachable(request):
        raise NotSentError("connection refused")

    slot_id = await _held(tools)
    monkeypatch.setattr(tools.session.deps.backend, "create_booking", unreachable)
    return await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Anna"})


async def no_appointments(tools, sandbox, monkeypatch, clock):
    return await tools.call("find_my_appointments", {})


async def calendar_unreachable(tools, sandbox, monkeypatch, clock):
    sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
    try:
        return await tools.call("find_my_appointments", {})
    finally:
        sandbox.faults.clear()


async def wrong_name(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    return await tools.call("cancel_appointment", {"ref": booked["ref"], "customer_name": "Zed"})


async def cancelled_twice(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    arguments = {"ref": booked["ref"], "customer_name": "Anna Berg"}
    await tools.call("cancel_appointment", arguments)
    return await tools.call("cancel_appointment", arguments)


async def cancel_nobody_can_confirm(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    backend = tools.session.deps.backend
    cancel_lands_then_cal_com_goes_away(backend, monkeypatch)
    return await tools.call(
        "cancel_appointment", {"ref": booked["ref"], "customer_name": "Anna Berg"}
    )


async def move_to_another_service(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    other = await tools.call(
        "check_availability", {**PERM_AT_FABIAN, "service": "Färben", "stylist": "Sophie"}
    )
    slot_id = other["alternatives"][0]["slot_id"]
    return await tools.call(
        "reschedule_appointment",
        {"ref": booked["ref"], "slot_id": slot_id, "customer_name": "Anna Berg"},
    )


async def moved_twice(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    slot_id = await _held(tools, "14:00")
    arguments = {"ref": booked["ref"], "slot_id": slot_id, "customer_name": "Anna Berg"}
    moved = await tools.call("reschedule_appointment", arguments)
    return await tools.call("reschedule_appointment", {**arguments, "ref": moved["ref"]})


async def move_answer_lost_and_calendar_gone(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    backend = tools.session.deps.backend
    send = backend.reschedule_booking

    async def moved_unseen_and_unreachable(*args, **kwargs):
        await send(*args, **kwargs)
        sandbox.faults.fail_next(10_000, "5xx", GET_BOOKING)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    monkeypatch.setattr(backend, "reschedule_booking", moved_unseen_and_unreachable)
    try:
        return await _move(tools, booked["ref"])
    finally:
        sandbox.faults.clear()


async def move_answer_lost_and_new_time_booked_by_someone_else(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    slot_id = await _held(tools, "14:00")
    slot = tools.session.slot(slot_id)
    sandbox.faults.fail_next(1, "5xx", MOVE)
    sandbox.faults.external_booking(slot.event_type_id, slot.start, on="POST /v2/slots/*")
    return await tools.call(
        "reschedule_appointment",
        {"ref": booked["ref"], "slot_id": slot_id, "customer_name": "Anna Berg"},
    )


async def move_refused(tools, sandbox, monkeypatch, clock):
    booked = await _booked(tools)
    sandbox.faults.fail_next(1, "400", MOVE)
    return await _move(tools, booked["ref"])


async def transfer_while_closed(tools, sandbox, monkeypatch, clock):
    clock.set(clock.now() + timedelta(hours=11))  # Tuesday 20:00: closed
    return await tools.call("transfer_call", {"reason": "complaint"})


async def transfer_on_a_line_that_cannot(tools, sandbox, monkeypatch, clock):
    return await tools.call("transfer_call", {"reason": "wants a person"})


async def message_of_an_unknown_kind(tools, sandbox, monkeypatch, clock):
    return await tools.call("take_message", {"reason": "Price", "kind": "poem"})


async def message_with_no_number(tools, sandbox, monkeypatch, clock):
    return await tools.call("take_message", {"reason": "Price", "phone": "abc"})


PATHS: list[Path_] = [
    booked_twice,
    slot_not_from_this_call,
    argument_missing,
    name_without_letters,
    arguments_not_an_object,
    unknown_tool,
    service_not_offered,
    unknown_stylist,
    closed_day,
    time_not_free,
    free_times_offered,
    nothing_held_to_release,
    several_held_to_release,
    booking_answer_lost_slot_still_held,
    booking_answer_lost_and_calendar_gone,
    booking_refused,
    booking_never_sent,
    no_appointments,
    calendar_unreachable,
    wrong_name,
    cancelled_twice,
    cancel_nobody_can_confirm,
    move_to_another_service,
    moved_twice,
    move_answer_lost_and_calendar_gone,
    move_answer_lost_and_new_time_booked_by_someone_else,
    move_refused,
    transfer_while_closed,
    transfer_on_a_line_that_cannot,
    message_of_an_unknown_kind,
    message_with_no_number,
]
# Paths whose caller has no booking under their number (the call is from a stranger).
_STRANGER = {no_appointments}


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.__name__)
async def test_an_english_call_reads_english_hints_on_every_path(
    path, open_call, sandbox, monkeypatch, clock
):
    tools = await open_call(STRANGER if path in _STRANGER else CALLER, language="en")
    result = await path(tools, sandbox, monkeypatch, clock)
    assert_english(result)


@pytest.mark.parametrize(
    "path",
    [slot_not_from_this_call, booking_answer_lost_slot_still_held, closed_day, wrong_name],
    ids=lambda p: p.__name__,
)
async def test_a_german_call_reads_the_german_hints_unchanged(
    path, open_call, sandbox, monkeypatch, clock
):
    tools = await open_call()
    result = await path(tools, sandbox, monkeypatch, clock)
    german = {h for k in hints.KEYS for h in [hints._HINTS[k][0]]}
    assert result["hint"] in german, result


# -- the date checker's message and spoken days -----------------------------------------------

# What the caller said -> (status, the message in German, the message in English). The clock is
# pinned to Tuesday, 24 November 2026 (tests/conftest.py).
_DATE_REFUSALS = {
    "past_date": (
        {"date": "2026-11-20"},
        "past_date",
        "Freitag, 20. November liegt in der Vergangenheit; heute ist Dienstag, 24. November.",
        "Friday, 20 November is in the past; today is Tuesday, 24 November.",
    ),
    "closed_holiday": (
        {"date": "2026-12-25"},
        "closed",
        "Am ersten Weihnachtstag (Freitag, 25. Dezember) ist der Salon geschlossen.",
        "On Christmas Day (Friday, 25 December), the salon is closed.",
    ),
    "ambiguous_day": (
        {"date": "Dienstag oder Mittwoch"},
        "ambiguous_date",
        "Welcher Tag ist gemeint: Dienstag, 24. November oder Dienstag, 1. Dezember oder "
        "Mittwoch, 25. November?",
        "Which day is meant: Tuesday, 24 November or Tuesday, 1 December or Wednesday, "
        "25 November?",
    ),
    "invalid_time": (
        {"date": "2026-11-27", "time": "25:00"},
        "invalid_time",
        "'25:00' ist keine gültige Uhrzeit.",
        "'25:00' is no valid time.",
    ),
    "weekday_mismatch": (
        {"date": "2026-11-28", "weekday": "Freitag"},
        "weekday_mismatch",
        "Freitag ist der 27. November; der 28. November ist ein Samstag.",
        "Friday is 27 November; 28 November is a Saturday.",
    ),
}


@pytest.mark.parametrize("case", _DATE_REFUSALS, ids=str)
async def test_an_english_call_hears_the_date_checker_in_english(case, open_call):
    said, status, _, english = _DATE_REFUSALS[case]
    tools = await open_call(CALLER, language="en")
    result = await tools.call("check_availability", {**PERM_AT_FABIAN, **said})
    assert result["status"] == status, result
    assert result["message"] == english
    assert_english(result)  # the hint, and every day offered: "Tuesday, 1 December"
    for option in result.get("options", []):
        if "date" in option:
            weekday = date.fromisoformat(option["date"]).strftime("%A")
            assert option["spoken"].startswith(f"{weekday}, "), option


@pytest.mark.parametrize("case", _DATE_REFUSALS, ids=str)
async def test_a_german_call_hears_the_date_checker_in_german_unchanged(case, open_call):
    said, status, german, _ = _DATE_REFUSALS[case]
    tools = await open_call()
    result = await tools.call("check_availability", {**PERM_AT_FABIAN, **said})
    assert result["status"] == status, result
    assert result["message"] == german
    assert all("," in o["spoken"] and "." in o["spoken"] for o in result.get("options", []))


async def test_an_english_call_hears_the_window_searched_in_english(open_call):
    """A window is searched, never held: the model says back what was understood."""
    tools = await open_call(CALLER, language="en")
    result = await tools.call("check_availability", {**PERM_AT_FABIAN, "time": "afternoon"})
    assert result["understood"].startswith("Friday, 27 November, between "), result
    assert_english(result)
    german = await (await open_call()).call(
        "check_availability", {**PERM_AT_FABIAN, "time": "nachmittags"}
    )
    assert german["understood"].startswith("Freitag, 27. November, zwischen "), german


async def test_a_move_lost_then_booked_by_someone_else_is_told_in_english_and_true(
    open_call, sandbox, monkeypatch, clock
):
    """The lost move whose new time someone else booked (tests/test_e2e_move_retry.py), in an
    English call: the caller hears in English that nothing moved and the old time stands."""
    tools = await open_call(language="en")
    facts = facts_of(tools, "en")
    result = await move_answer_lost_and_new_time_booked_by_someone_else(
        tools, sandbox, monkeypatch, clock
    )
    await facts.refresh()

    assert result["status"] == "unavailable", result
    assert result["say"] == (
        "The move did not work: the new time, Friday, 27 November at 2 pm, has been taken by "
        "someone else meanwhile. Your appointment, Dauerwelle with Fabian Spitzer on Friday, "
        "27 November at 10 am, stays as it is."
    )
    assert german_in(result["say"]) == []
    verdict = decide(result["say"], facts.facts())
    assert verdict.passes, [c.kind.value for c in verdict.unbacked]


# -- through the pipeline: the model of an English call -----------------------------------------


def _turn(name: str, arguments: dict, then: str) -> list:
    return [{"tool_calls": [{"name": name, "arguments": arguments}]}, {"say": then}]


async def test_an_english_call_through_the_pipeline_gets_no_german_hint(deps, ledger, sandbox):
    """An English caller asks for a service the salon lacks, then the perm at a closed day, then
    books Friday at ten (the answer is lost; the slot stays reserved for them), gives a wrong
    name to cancel, and asks for someone to speak to after hours. Every tool result the model
    got (as the timeline has it) carries English hints only, and the caller heard the lost
    booking's sentence in English."""
    script = [
        _turn("check_availability", {**PERM_AT_FABIAN, "service": "Maniküre"}, "We don't do that."),
        _turn("check_availability", {**PERM_AT_FABIAN, "date": "2026-11-30"}, "Monday is closed."),
        _turn("check_availability", {**PERM_AT_FABIAN, "time": "10:00"}, "Friday at ten is free."),
        _turn(
            "book_appointment",
            {"slot_id": "{check_availability.slot_id}", "customer_name": "Anna Berg"},
            "",
        ),
        _turn("find_my_appointments", {}, "Let me look."),
        _turn("cancel_appointment", {"ref": "r-nope", "customer_name": "Zed"}, "Sorry."),
        [{"say": "Goodbye!"}],
    ]
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None, language="en"),
        caller_phone=CALLER,
        script=script,
    ) as call:
        for text in (
            "A manicure, please?",
            "A perm with Fabian on Monday the 30th?",
            "Friday at ten then.",
            "Anna Berg.",
            "Do I have anything booked?",
            "Cancel it, name Zed.",
        ):
            await call.say(text)
        await call.say("Thanks, goodbye!")
        call_id = call.call_id

    timeline = await ledger.timeline(call_id)
    results = [e.data["result"] for e in timeline if e.kind == "tool_result"]
    assert [r["status"] for r in results][:4] == [
        "unknown_service",
        "closed",
        "held",
        "not_confirmed_yet",
    ], results
    found = [(h, r) for r in results for h in _hints_of(r)]
    assert len(found) >= 4, results
    for text, result in found:
        assert german_in(without_names(text, result)) == [], text
    said = " ".join(e.data["text"] for e in timeline if e.kind == "bot_said")
    assert "I can't confirm the booking yet" in said, said
