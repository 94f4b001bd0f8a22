"""Stylists and services are keyed by their Cal.com ids: one person is one row, however often the
catalog is synced, and leftovers of older imports are merged into it (the incident had two rows for
Fabian Spitzer and booked on the wrong one)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from calendar_adapter.backend import Catalog, Offering, Service, Stylist
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import Ledger
from calendar_adapter.salon import load_salon
from tests.conftest import PINNED_NOW as T0
from tests.conftest import record_hold


def reference_catalog() -> Catalog:
    """The reference salon as Cal.com would list it: user ids from 101, event types from 5001."""
    salon = load_salon()
    stylists = tuple(
        Stylist(user_id=101 + i, username=s.username, name=s.name, email=s.email)
        for i, s in enumerate(salon.staff)
    )
    services = tuple(Service(s.slug, s.name, s.minutes, tuple(s.aliases)) for s in salon.services)
    minutes = {s.slug: s.minutes for s in salon.services}
    offerings = []
    for stylist, spec in zip(stylists, salon.staff, strict=True):
        for slug in spec.services:
            offerings.append(
                Offering(
                    5001 + len(offerings),
                    stylist.user_id,
                    slug,
                    minutes[slug],
                    f"{slug} {stylist.name}",
                )
            )
    return Catalog(stylists, services, tuple(offerings))


CATALOG = reference_catalog()
FABIAN = next(s for s in CATALOG.stylists if s.name == "Fabian Spitzer")


@pytest.fixture
async def ledger(ledger_url):
    ledger = await Ledger.open(ledger_url, clock=FixedClock(T0))
    try:
        yield ledger
    finally:
        await ledger.close()


async def raw_sql(ledger: Ledger, sql: str, params=()) -> list[tuple]:
    """A statement straight to the ledger's database, past the Ledger's methods."""
    async with ledger._engine.read() as db, db.execute(sql, params) as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def fabian_hold(ledger: Ledger, call_id: str) -> int:
    offering = CATALOG.offering(FABIAN.user_id, "dauerwelle")
    appt = await record_hold(
        ledger,
        call_id=call_id,
        uid="res",
        event_type_id=offering.event_type_id,
        stylist_user_id=FABIAN.user_id,
    )
    return appt.id


async def test_sync_stores_every_stylist_service_and_offering_once(ledger: Ledger):
    await ledger.sync_catalog(CATALOG)
    await ledger.sync_catalog(CATALOG)
    await ledger.sync_catalog(CATALOG)

    stylists = await ledger.list_stylists()
    assert sorted(s.calcom_user_id for s in stylists) == sorted(s.user_id for s in CATALOG.stylists)
    assert len({s.name for s in stylists}) == len(stylists) == 5
    fabian = next(s for s in stylists if s.calcom_user_id == FABIAN.user_id)
    assert (fabian.username, fabian.name, fabian.email) == (
        FABIAN.username,
        FABIAN.name,
        FABIAN.email,
    )
    assert fabian.synced_at == T0
    assert await raw_sql(ledger, "SELECT count(*) FROM services") == [(7,)]
    assert await raw_sql(ledger, "SELECT count(*) FROM offerings") == [(len(CATALOG.offerings),)]
    perm = CATALOG.offering(FABIAN.user_id, "dauerwelle")
    assert await ledger.offering_for_event_type(perm.event_type_id) == (
        FABIAN.user_id,
        "dauerwelle",
    )


async def test_renames_in_cal_com_update_the_row_instead_of_adding_one(ledger: Ledger):
    await ledger.sync_catalog(CATALOG)
    renamed = replace(FABIAN, name="Fabian Spitzer-Neu", email="f@new.example")
    await ledger.sync_catalog(replace(CATALOG, stylists=(renamed, *CATALOG.stylists[1:])))

    rows = [s for s in await ledger.list_stylists() if s.calcom_user_id == FABIAN.user_id]
    assert [(r.name, r.email) for r in rows] == [("Fabian Spitzer-Neu", "f@new.example")]
    assert len(await ledger.list_stylists()) == 5


async def test_the_incidents_two_rows_for_fabian_end_as_one(ledger: Ledger):
    await ledger.sync_catalog(CATALOG)
    # An old import left a second "Fabian Spitzer" without a Cal.com id, and a booking on it.
    [(legacy_id,)] = await raw_sql(
        ledger, "INSERT INTO stylists (name, email) VALUES (' fabian  SPITZER', NULL) RETURNING id"
    )
    [(legacy_appt,)] = await raw_sql(
        ledger,
        'INSERT INTO appointments (call_id, state, event_type_id, stylist_id, service_slug, start, "end", '
        "created_at, updated_at) VALUES ('old-call', 'failed', 5003, ?, 'dauerwelle', "
        "'2026-11-20T09:00:00.000000+00:00', '2026-11-20T11:15:00.000000+00:00', '2026-11-19T08:00:00.000000+00:00', '2026-11-19T08:00:00.000000+00:00') RETURNING id",
        (legacy_id,),
    )
    current_appt = await fabian_hold(ledger, "new-call")
    assert len([s for s in await ledger.list_stylists() if "fabian" in s.name.lower()]) == 2
    assert (await ledger.get(legacy_appt)).stylist_user_id is None

    await ledger.sync_catalog(CATALOG)

    fabians = [s for s in await ledger.list_stylists() if "fabian" in s.name.lower()]
    assert [(s.calcom_user_id, s.name) for s in fabians] == [(FABIAN.user_id, "Fabian Spitzer")]
    assert (await ledger.get(legacy_appt)).stylist_user_id == FABIAN.user_id
    assert (await ledger.get(current_appt)).stylist_user_id == FABIAN.user_id
    assert await raw_sql(ledger, "SELECT count(*) FROM stylists WHERE id = ?", (legacy_id,)) == [
        (0,)
    ]


async def test_a_row_under_an_id_cal_com_no_longer_has_is_merged_by_name(ledger: Ledger):
    old_account = replace(FABIAN, user_id=999, username="fabian-old")
    await ledger.sync_catalog(
        replace(CATALOG, stylists=(old_account, *CATALOG.stylists[1:]), offerings=())
    )
    old_appt = await record_hold(
        ledger, call_id="c", event_type_id=7777, stylist_user_id=999, start=T0 + timedelta(days=1)
    )

    await ledger.sync_catalog(CATALOG)

    assert [
        s.calcom_user_id for s in await ledger.list_stylists() if s.name == "Fabian Spitzer"
    ] == [FABIAN.user_id]
    assert (await ledger.get(old_appt.id)).stylist_user_id == FABIAN.user_id


async def test_different_people_and_departed_stylists_are_never_merged(ledger: Ledger):
    departed = Stylist(user_id=555, username="tom", name="Tom Weber", email=None)
    await ledger.sync_catalog(replace(CATALOG, stylists=(*CATALOG.stylists, departed)))
    await ledger.sync_catalog(CATALOG)  # Tom left the salon; his history stays

    rows = await ledger.list_stylists()
    assert {s.name for s in rows} >= {"Lena Hoffmann", "Lea Hofmann", "Tom Weber"}
    assert len(rows) == 6


async def test_a_name_shared_by_two_catalog_stylists_is_not_merged_by_name(ledger: Ledger):
    twin = Stylist(user_id=777, username="fabian-2", name="Fabian Spitzer", email=None)
    await raw_sql(ledger, "INSERT INTO stylists (name) VALUES ('Fabian Spitzer')")

    await ledger.sync_catalog(replace(CATALOG, stylists=(*CATALOG.stylists, twin)))

    fabians = sorted(
        (s.calcom_user_id or 0) for s in await ledger.list_stylists() if s.name == "Fabian Spitzer"
    )
    assert fabians == [0, FABIAN.user_id, 777]  # ambiguous: left for a human, not guessed


async def test_a_hold_before_the_first_sync_gets_a_placeholder_the_sync_fills(ledger: Ledger):
    appt_id = await fabian_hold(ledger, "early-call")
    [placeholder] = await ledger.list_stylists()
    assert placeholder.calcom_user_id == FABIAN.user_id and placeholder.name == ""

    await ledger.sync_catalog(CATALOG)

    assert len(await ledger.list_stylists()) == 5
    assert (await ledger.get(appt_id)).stylist_user_id == FABIAN.user_id


async def test_offerings_cal_com_dropped_are_forgotten(ledger: Ledger):
    await ledger.sync_catalog(CATALOG)
    dropped = CATALOG.offerings[0]
    await ledger.sync_catalog(replace(CATALOG, offerings=CATALOG.offerings[1:]))

    assert await ledger.offering_for_event_type(dropped.event_type_id) is None
    kept = CATALOG.offerings[1]
    assert await ledger.offering_for_event_type(kept.event_type_id) == (
        kept.stylist_user_id,
        kept.service_slug,
    )
