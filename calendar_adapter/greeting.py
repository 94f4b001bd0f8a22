"""What every call hears first, from the salon file: who answers, that it is an AI, where to read
about data, and (when the salon records) the consent question.

Two legal duties meet here, so they are checked when the salon file is loaded, not left to care:
- EU AI Act Art. 50(1): a caller is told they are talking to an AI system. `discloses_ai` reads a
  greeting for that, by meaning, in German and English ("KI", "künstliche Intelligenz", "digitale
  Assistentin", "automatische Telefonassistenz", "AI", "virtual assistant", "not a person" ...);
  a greeting that does not say it (or says the opposite: "keine KI") is refused.
- GDPR Art. 13: a short line on personal data plus where to read more (`points_to_privacy_notice`:
  a URL, "auf unserer Website", "online" ...), spoken right after the greeting.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, model_validator

LANGUAGES = ("de", "en")

# A term that names the speaker as a machine. German and English; inflections by prefix.
_AI_TERMS = re.compile(
    r"\b(?:"
    r"k\.?\s?i\.?(?:[-\s]?(?:system|assistent\w*|agent\w*|stimme|telefon\w*|bot\w*|gestützt\w*))?|"
    r"künstliche\w*\s+intelligenz|kuenstliche\w*\s+intelligenz|"
    r"(?:digital|virtuell|automatisch|automatisiert|elektronisch|computergestützt|sprachgesteuert)"
    r"\w*\s+(?:\w+\s+)?(?:assistent\w*|telefon\w*|stimme|rezeption|empfang|system\w*|ansage\w*|"
    r"mitarbeiter\w*|helfer\w*|service\w*|dienst\w*)|"
    r"(?:sprach|telefon|voice|chat)-?bot(?:s|in)?|bot|sprachassistent\w*|computerstimme|maschine|"
    r"automatisch\w*\s+(?:beantwortet|bearbeitet|geführt|entgegengenommen|verbunden)|"
    r"(?:answered|handled)\s+automatically|automated\s+(?:call|line|answering)\w*|"
    r"a\.?\s?i\.?(?:[-\s]?(?:system|assistant|agent|voice|receptionist|powered|based))?|"
    r"artificial\s+intelligence|"
    r"(?:virtual|digital|automated|automatic|computer(?:ized)?|ai-powered)\s+(?:\w+\s+)?"
    r"(?:assistant|receptionist|agent|system|voice|attendant|helper|operator)|"
    r"(?:voice|chat)bot|machine"
    r")\b",
    re.IGNORECASE,
)
# "kein Mensch", "not a person": saying it is no human says it is a machine.
_NOT_HUMAN = re.compile(
    r"\b(?:kein(?:e|en)?\s+(?:echte[rn]?\s+)?(?:mensch\w*|person|mitarbeiter\w*)|"
    r"nicht\s+mit\s+einem\s+menschen|"
    r"not\s+(?:a\s+|an?\s+actual\s+|a\s+real\s+)?(?:human|person)|no\s+(?:human|person))\b",
    re.IGNORECASE,
)
# A negation right before the machine term takes the disclosure back ("keine KI", "not an AI").
_NEGATED = re.compile(
    r"\b(?:kein\w*|nicht|niemals|nie|not|no|never|isn't|aren't|ain't)\b(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)

_DATA_WORDS = re.compile(
    r"\b(?:datenschutz\w*|daten|datenverarbeitung|privacy|personal\s+data|data)\b", re.IGNORECASE
)
_WHERE = re.compile(
    r"(?:https?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b(?:/\S*)?|"
    r"\b(?:website|webseite|internetseite|homepage|internet|online|web)\b)",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """NFC, invisible format characters removed, spacing collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def discloses_ai(text: str) -> bool:
    """Whether `text` tells the listener they are talking to an AI system (German or English)."""
    plain = _plain(text)
    if _NOT_HUMAN.search(plain):
        return True
    for match in _AI_TERMS.finditer(plain):
        if not _NEGATED.search(plain[: match.start()]):
            return True
    return False


def points_to_privacy_notice(text: str) -> bool:
    """Whether `text` is about personal data and says where to read more (GDPR Art. 13)."""
    plain = _plain(text)
    return bool(_DATA_WORDS.search(plain) and _WHERE.search(plain))


class GreetingText(BaseModel):
    """One language's opening: `hello` (with `{name}` for the salon's name) must disclose the
    AI, `privacy` must point to the privacy notice; `question` invites the caller to speak;
    `recording` asks for consent to record (only spoken when the salon records)."""

    hello: str
    privacy: str
    question: str
    recording: str

    @model_validator(mode="after")
    def _lawful(self) -> GreetingText:
        if not discloses_ai(self.hello):
            raise ValueError(
                f"greeting does not tell the caller they talk to an AI system (EU AI Act Art. "
                f"50(1)): {self.hello!r}; say it in one short clause, e.g. 'Sie sprechen mit "
                "unserer digitalen Assistentin, einem KI-System.'"
            )
        if not points_to_privacy_notice(self.privacy):
            raise ValueError(
                f"privacy line must be about data and say where to read more (GDPR Art. 13), "
                f"e.g. 'Infos zum Datenschutz finden Sie auf unserer Website.': {self.privacy!r}"
            )
        return self


DEFAULT_GREETINGS: dict[str, dict[str, str]] = {
    "de": {
        "hello": "{name}, guten Tag! Sie sprechen mit der digitalen Assistentin des Salons, "
        "einem KI-System.",
        "privacy": "Hinweise zum Datenschutz finden Sie auf unserer Website.",
        "question": "Was kann ich für Sie tun?",
        "recording": "Dürfen wir dieses Gespräch aufzeichnen? Bitte sagen Sie Ja oder Nein.",
    },
    "en": {
        "hello": "{name}, hello! You are speaking with the salon's digital assistant, an AI "
        "system.",
        "privacy": "Our privacy notice is on our website.",
        "question": "How can I help you?",
        "recording": "May we record this call? Please say yes or no.",
    },
}


class Greeting(BaseModel):
    """The salon file's `greeting:` block; each language defaults to `DEFAULT_GREETINGS`, and a
    language block may give only the parts it changes."""

    de: GreetingText = GreetingText(**DEFAULT_GREETINGS["de"])
    en: GreetingText = GreetingText(**DEFAULT_GREETINGS["en"])

    @model_validator(mode="before")
    @classmethod
    def _defaults_per_part(cls, v: object) -> object:
        if not isinstance(v, dict):
            return v
        filled = dict(v)
        for lang in LANGUAGES:
            given = filled.get(lang)
            if isinstance(given, dict):
                filled[lang] = {**DEFAULT_GREETINGS[lang], **given}
        return filled

    def text(self, language: str) -> GreetingText:
        return self.en if language == "en" else self.de


class Recording(BaseModel):
    """The salon file's `recording:` block. Off by default: audio is never stored unless the
    salon turns this on, and then only after the caller's clear yes (§201 StGB)."""

    enabled: bool = False
