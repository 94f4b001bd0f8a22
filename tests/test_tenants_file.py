"""The tenants file: which salons a deployment answers for, each on its own settings and secrets.

A salon's secrets are named (environment variables), never written into the file; a listed salon
takes nothing salon-specific from the deployment's environment; without a tenants file there is
one implicit salon that every number reaches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from agent.config import Settings
from agent.tenants import Tenants, TenantsFileError, chosen_salons, load_tenants
from calendar_adapter.ledger import DEFAULT_SALON
from calendar_adapter.salon import DEFAULT_SALON_FILE

A_NUMBER, B_NUMBER = "+4930111111", "+4940222222"


def salon_file(tmp_path: Path, name: str, *, language: str = "de") -> Path:
    """The reference salon under another name (and language)."""
    data = yaml.safe_load(DEFAULT_SALON_FILE.read_text(encoding="utf-8"))
    data["business"]["name"] = name
    data["business"]["language"] = language
    path = tmp_path / f"{name.lower().replace(' ', '-')}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def write(tmp_path: Path, salons: list[dict]) -> Path:
    path = tmp_path / "salons.yaml"
    path.write_text(yaml.safe_dump({"salons": salons}, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def deployment() -> Settings:
    """The deployment's environment: a Cal.com key, webhook secret, SMS sender and salon address
    of its own, none of which a listed salon may take over."""
    return Settings(
        _env_file=None,
        calcom_api_key="cal_live_deployment",
        calcom_webhook_secret="whsec_deployment",
        sms_from="+4930999999",
        salon_notify_email="owner@example.com",
        language="de",
    )


@pytest.fixture
def two(tmp_path) -> Path:
    salon_file(tmp_path, "Salon Spitzer")
    salon_file(tmp_path, "Salon Nord", language="en")
    return write(
        tmp_path,
        [
            {
                "id": "spitzer",
                "numbers": ["+49 30 111111"],
                "salon_file": "salon-spitzer.yaml",
                "calcom_api_key_env": "SPITZER_KEY",
                "calcom_webhook_secret_env": "SPITZER_HOOK",
                "dashboard_password_hash_env": "SPITZER_DASH",
                "sms_from": "+4930111111",
            },
            {
                "id": "nord",
                "numbers": [B_NUMBER, "0049 40 333333"],
                "salon_file": "salon-nord.yaml",
                "max_concurrent_calls": 2,
            },
        ],
    )


ENV = {"SPITZER_KEY": "cal_live_spitzer", "SPITZER_HOOK": "whsec_spitzer", "SPITZER_DASH": "h"}


def test_each_salon_gets_its_own_file_numbers_language_and_secrets(two, deployment):
    tenants = load_tenants(two, deployment, environ=ENV)
    spitzer, nord = tenants.get("spitzer"), tenants.get("nord")
    assert tenants.ids == ["spitzer", "nord"] and not tenants.is_implicit
    assert spitzer.numbers == (A_NUMBER,) and nord.numbers == (B_NUMBER, "+4940333333")
    assert spitzer.settings.salon_file == two.parent / "salon-spitzer.yaml"
    assert spitzer.settings.calcom_api_key.get_secret_value() == "cal_live_spitzer"
    assert spitzer.settings.calcom_webhook_secret.get_secret_value() == "whsec_spitzer"
    assert spitzer.dashboard_password_hash.get_secret_value() == "h"
    assert spitzer.settings.sms_from == "+4930111111"
    assert spitzer.settings.language == "de"
    assert nord.settings.language == "en"  # from its salon file
    assert nord.max_calls == 2 and spitzer.max_calls is None
    # What is not salon-specific is the deployment's.
    assert nord.settings.calcom_base_url == deployment.calcom_base_url
    assert nord.settings.retention_days == deployment.retention_days


def test_a_listed_salon_takes_no_salon_secret_or_sender_from_the_deployment(two, deployment):
    nord = load_tenants(two, deployment, environ=ENV).get("nord")
    assert nord.settings.calcom_api_key is None  # its own embedded sandbox, not their Cal.com
    assert nord.settings.uses_sandbox
    assert nord.settings.calcom_webhook_secret is None  # its webhook refused until it has one
    assert nord.settings.sms_from is None and nord.settings.salon_notify_email is None
    assert nord.dashboard_password_hash is None


def test_a_secrets_variable_that_is_not_set_is_no_secret(two, deployment):
    spitzer = load_tenants(two, deployment, environ={"SPITZER_KEY": ""}).get("spitzer")
    assert spitzer.settings.calcom_api_key is None and spitzer.settings.uses_sandbox
    assert spitzer.settings.calcom_webhook_secret is None


def test_the_dialled_number_selects_the_salon(two, deployment):
    tenants = load_tenants(two, deployment, environ=ENV)
    assert tenants.by_number("+4930111111").id == "spitzer"
    assert tenants.by_number("+49 40 333333").id == "nord"
    assert tenants.by_number("+4989000000") is None
    assert tenants.by_number(None) is None


def test_without_a_tenants_file_one_implicit_salon_takes_every_number(deployment):
    tenants = Tenants.from_settings(deployment)
    [only] = list(tenants)
    assert tenants.is_implicit and only.id == DEFAULT_SALON and only.implicit
    assert tenants.by_number("+4989000000") is only and tenants.by_number(None) is only
    assert only.settings is deployment


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        ({"calcom_api_key": "cal_live_x"}, "secrets never go into the tenants file"),
        ({"calcom_webhook_secret": "whsec"}, "calcom_webhook_secret_env"),
        ({"dashboard_password_hash": "scrypt:..."}, "dashboard_password_hash_env"),
        ({"calcom_api_key_env": "cal_live_abc123"}, "the secret itself never goes"),
        ({"id": "Salon A"}, "a salon id is"),
        ({"numbers": ["not a number"]}, "is not a phone number"),
        ({"numbers": []}, "numbers"),
        ({"salon_file": "missing.yaml"}, "salon file not found"),
        ({"language": "fr"}, "language"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_a_tenants_file_that_cannot_be_used_is_refused_saying_why(
    tmp_path, deployment, entry, complaint
):
    salon_file(tmp_path, "Salon Spitzer")
    base = {"id": "spitzer", "numbers": [A_NUMBER], "salon_file": "salon-spitzer.yaml"}
    path = write(tmp_path, [{**base, **entry}])
    with pytest.raises(TenantsFileError, match=complaint):
        load_tenants(path, deployment, environ={})


def test_one_number_for_two_salons_and_one_id_twice_are_refused(tmp_path, deployment):
    salon_file(tmp_path, "Salon Spitzer")
    one = {"id": "a", "numbers": [A_NUMBER], "salon_file": "salon-spitzer.yaml"}
    with pytest.raises(TenantsFileError, match="listed for 'a' and 'b'"):
        load_tenants(write(tmp_path, [one, {**one, "id": "b"}]), deployment, environ={})
    other = {**one, "numbers": [B_NUMBER]}
    with pytest.raises(TenantsFileError, match="listed twice"):
        load_tenants(write(tmp_path, [one, other]), deployment, environ={})
    with pytest.raises(TenantsFileError, match="not found"):
        load_tenants(tmp_path / "nope.yaml", deployment, environ={})


def test_a_command_names_its_salon_when_there_are_several(two, deployment):
    tenants = load_tenants(two, deployment, environ=ENV)
    assert [t.id for t in chosen_salons(tenants, "nord", every_when_unnamed=False)] == ["nord"]
    assert [t.id for t in chosen_salons(tenants, None, every_when_unnamed=True)] == [
        "spitzer",
        "nord",
    ]
    with pytest.raises(TenantsFileError, match="name one with --salon"):
        chosen_salons(tenants, None, every_when_unnamed=False)
    with pytest.raises(TenantsFileError, match="no salon 'süd'"):
        chosen_salons(tenants, "süd", every_when_unnamed=True)
    implicit = Tenants.from_settings(deployment)
    assert [t.id for t in chosen_salons(implicit, None, every_when_unnamed=False)] == ["default"]
