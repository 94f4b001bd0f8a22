"""The first thing every caller hears says that an AI answers (EU AI Act Art. 50(1)) and where to
read about their data (GDPR Art. 13); a salon file whose greeting does not is refused at load,
and no greeting without the disclosure can ship."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from calendar_adapter.greeting import (
    DEFAULT_GREETINGS,
    discloses_ai,
    points_to_privacy_notice,
)
from calendar_adapter.salon import DEFAULT_SALON_FILE, SalonFile, load_salon
from prompts.render import greeting

REPO = Path(__file__).resolve().parents[1]
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # as calendar_adapter.salon


@functools.cache
def _shipped_salon_files() -> tuple[Path, ...]:
    """Every YAML file in the repository that is a salon file (has `business:` and `staff:`).

    Found once per process (pytest collects this module in every xdist worker). Not walked:
    `.venv` and `node_modules`, which hold no file of ours. Not parsed: a file whose text lacks
    the words `business` or `staff` cannot have both keys (the claims and understanding corpora,
    megabytes of YAML, took most of this module's collection); the others are parsed with
    libyaml, as `load_salon` reads a salon file (pure-Python `safe_load` took ~0.45 s of CPU per
    worker for the two corpus files that hold both words)."""
    found = []
    for root, dirs, files in os.walk(REPO):
        dirs[:] = [d for d in dirs if d not in (".venv", "node_modules")]
        for name in files:
            if not name.endswith(".yaml"):
                continue
            path = Path(root, name)
            text = path.read_text(encoding="utf-8")
            if "business" not in text or "staff" not in text:
                continue
            try:
                raw = yaml.load(text, Loader=_YAML_LOADER)
            except yaml.YAMLError:
                continue
            if isinstance(raw, dict) and "business" in raw and "staff" in raw:
                found.append(path)
    return tuple(sorted(found))


def test_the_reference_salon_is_among_the_shipped_salon_files():
    assert DEFAULT_SALON_FILE.resolve() in [p.resolve() for p in _shipped_salon_files()]


@pytest.mark.parametrize("path", _shipped_salon_files(), ids=lambda p: str(p.relative_to(REPO)))
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_shipped_greeting_says_an_ai_answers_and_where_the_privacy_notice_is(path, language):
    salon = load_salon(path)
    for record in (False, True):
        heard = greeting(salon, language, ask_to_record=record)
        assert discloses_ai(heard), heard
        assert points_to_privacy_notice(heard), heard


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_default_greeting_discloses_too(language):
    defaults = DEFAULT_GREETINGS[language]
    assert discloses_ai(defaults["hello"])
    assert points_to_privacy_notice(defaults["privacy"])
    bare = SalonFile.model_validate(_salon_raw(greeting=None))
    assert discloses_ai(greeting(bare, language))


def test_the_greeting_is_hello_privacy_then_the_question_or_the_consent_question():
    salon = load_salon()
    de = salon.greeting.de
    assert greeting(salon) == (
        f"{de.hello.format(name='Salon Spitzer')} {de.privacy} {de.question}"
    )
    assert greeting(salon, ask_to_record=True).endswith(de.recording)
    assert greeting(salon, "en").startswith("Salon Spitzer, hello!")
    recording_salon = SalonFile.model_validate(_salon_raw(recording={"enabled": True}))
    assert greeting(recording_salon).endswith("Bitte sagen Sie Ja oder Nein.")


def _salon_raw(**changes):
    raw = yaml.safe_load(DEFAULT_SALON_FILE.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = value
    return raw


@pytest.mark.parametrize(
    "hello",
    [
        "{name}, guten Tag! Was kann ich für Sie tun?",  # the old greeting
        "{name}, guten Tag, hier ist Anna.",
        "{name}, guten Tag! Sie sprechen nicht mit einer KI.",
        "{name}, guten Tag! Hinterlassen Sie uns eine Botschaft.",
    ],
)
def test_a_salon_file_whose_greeting_hides_the_ai_is_refused(tmp_path, hello):
    path = tmp_path / "salon.yaml"
    path.write_text(yaml.safe_dump(_salon_raw(greeting={"de": {"hello": hello}})), "utf-8")
    with pytest.raises(ValidationError, match=r"AI system \(EU AI Act Art\. 50\(1\)\)"):
        load_salon(path)


def test_a_salon_file_without_a_privacy_pointer_is_refused(tmp_path):
    path = tmp_path / "salon.yaml"
    raw = _salon_raw(greeting={"en": {"privacy": "We care about your data."}})
    path.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(ValidationError, match=r"GDPR Art\. 13"):
        load_salon(path)


def test_a_salon_may_word_its_own_disclosure():
    raw = _salon_raw(
        greeting={
            "de": {
                "hello": "Hallo, hier ist die automatische Telefonassistenz von {name}.",
                "privacy": "Datenschutz: salon-beispiel.de/datenschutz",
            }
        }
    )
    salon = SalonFile.model_validate(raw)
    assert greeting(salon).startswith("Hallo, hier ist die automatische Telefonassistenz von")
    assert salon.greeting.de.question == DEFAULT_GREETINGS["de"]["question"]  # kept default


@pytest.mark.parametrize(
    "text",
    [
        "Sie sprechen mit unserer digitalen Assistentin, einem KI-System.",
        "Hier ist die KI von Salon Spitzer.",
        "Ich bin eine künstliche Intelligenz und helfe Ihnen gern.",
        "Sie sprechen mit einer K.I.",
        "Ich bin kein Mensch, sondern ein Computer.",
        "Ihr Anruf wird automatisch beantwortet.",
        "Sie sind mit unserer automatischen Telefonassistenz verbunden.",
        "Hier spricht der Sprachbot des Salons.",
        "Hier ist Lisa, die virtuelle Assistentin.",
        "You are talking to an AI assistant.",
        "This is the salon's virtual assistant.",
        "I am not a human, but I can book for you.",
        "This call is answered by an automated system.",
        "Hi, I'm an AI.",
    ],
)
def test_disclosures_are_read_by_meaning(text):
    assert discloses_ai(text)


@pytest.mark.parametrize(
    "text",
    [
        "Salon Spitzer, guten Tag! Was kann ich für Sie tun?",
        "Sie sprechen nicht mit einer KI.",
        "Keine KI, versprochen: hier ist Lena.",
        "Hinterlassen Sie eine Botschaft.",
        "Unser Kinderhaarschnitt ist beliebt.",
        "This is not an AI, this is Lena.",
        "Guten Tag, Sie sprechen mit Anna vom Salon.",
        "Im Mai haben wir länger offen.",
    ],
)
def test_greetings_without_a_disclosure_are_recognised(text):
    assert not discloses_ai(text)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Hinweise zum Datenschutz finden Sie auf unserer Website.", True),
        ("Datenschutz: salon-spitzer.de/datenschutz", True),
        ("Wie wir mit Ihren Daten umgehen, lesen Sie online.", True),
        ("Our privacy notice is at https://example.com/privacy.", True),
        ("Wir schützen Ihre Daten.", False),  # where to read more is missing
        ("Besuchen Sie unsere Website.", False),  # not about data
    ],
)
def test_the_privacy_line_names_data_and_where_to_read_more(text, points):
    assert points_to_privacy_notice(text) is points
