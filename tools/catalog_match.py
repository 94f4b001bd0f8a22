"""Resolving what the caller said ("Farbe", "bei Lena") to a catalog service and stylist.

Speech recognition on a phone line mishears names, so matching is by similarity; when two
stylists sound alike ("Lena" vs. Lena Hoffmann and Lea Hofmann) the answer is *ambiguous*, never
a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from calendar_adapter.backend import Catalog, Service, Stylist
from calendar_adapter.salon import SalonFile
from tools.text_fold import fold, sound_key

SERVICE_THRESHOLD = 0.8
STYLIST_THRESHOLD = 0.8
_FILLER_WORDS = {"bei", "zu", "mit", "von", "frau", "herr", "herrn", "der", "die", "dem", "den"}
NO_PREFERENCE = {
    "",
    "egal",
    "ist egal",
    "irgendwer",
    "irgendjemand",
    "beliebig",
    "keine praeferenz",
    "kein wunsch",
    "jemand",
    "any",
    "anyone",
    "none",
    "null",
}


@dataclass(frozen=True)
class ServiceMatch:
    status: Literal["ok", "unknown_service"]
    service: Service | None = None


@dataclass(frozen=True)
class StylistMatch:
    status: Literal["ok", "ambiguous_stylist", "unknown_stylist", "stylist_does_not_offer"]
    stylist: Stylist | None = None
    candidates: tuple[Stylist, ...] = ()  # the sound-alikes when ambiguous
    offered_by: tuple[Stylist, ...] = ()  # who offers the service (unknown / does-not-offer)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def service_names(service: Service, salon: SalonFile | None) -> list[str]:
    """Every way the service may be called: catalog name, slug, aliases (catalog + salon file)."""
    names = [service.name, service.slug.replace("-", " "), *service.aliases]
    if salon is not None:
        for spec in salon.services:
            if spec.slug == service.slug:
                names += [spec.name, *spec.aliases]
    return names


def resolve_service(catalog: Catalog, text: str, salon: SalonFile | None = None) -> ServiceMatch:
    """Exact (folded) name or alias first, then the closest sound-alike above the threshold."""
    said = fold(text)
    if not said:
        return ServiceMatch("unknown_service")
    for service in catalog.services:
        if any(fold(n) == said for n in service_names(service, salon)):
            return ServiceMatch("ok", service)
    if len(said) >= 4:  # "Kinder" for Kinderhaarschnitt: a unique prefix is enough
        prefixed = {
            s.slug: s
            for s in catalog.services
            if any(
                fold(n).replace(" ", "").startswith(said.replace(" ", ""))
                for n in service_names(s, salon)
            )
        }
        if len(prefixed) == 1:
            return ServiceMatch("ok", next(iter(prefixed.values())))
    said_key = sound_key(text)
    scored: list[tuple[float, Service]] = []
    for service in catalog.services:
        best = max(_similarity(said_key, sound_key(n)) for n in service_names(service, salon))
        scored.append((best, service))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] < SERVICE_THRESHOLD:
        return ServiceMatch("unknown_service")
    if (
        len(scored) > 1
        and scored[1][1].slug != scored[0][1].slug
        and scored[1][0] >= scored[0][0] - 0.03
    ):
        return ServiceMatch("unknown_service")  # two services equally close: ask, don't guess
    return ServiceMatch("ok", scored[0][1])


def is_no_preference(text: str | None) -> bool:
    return text is None or fold(text) in NO_PREFERENCE


def _name_variants(stylist: Stylist) -> list[str]:
    parts = stylist.name.split()
    variants = [stylist.name, stylist.username.replace("-", " ")]
    if len(parts) > 1:
        variants += [parts[0], parts[-1]]
    return variants


def _strip_fillers(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in _FILLER_WORDS)


def resolve_stylist(catalog: Catalog, text: str, service_slug: str) -> StylistMatch:
    """Match a first, last or full name, tolerating mishearings; sound-alikes are ambiguous."""
    offered_by = tuple(catalog.stylists_for(service_slug))
    said = _strip_fillers(text)
    if not said:
        return StylistMatch("unknown_stylist", offered_by=offered_by)

    exact_full = [s for s in catalog.stylists if fold(s.name) == said]
    if len(exact_full) == 1:
        chosen = exact_full[0]
    else:
        said_key = sound_key(said)
        scores = {
            s.user_id: max(_similarity(said_key, sound_key(v)) for v in _name_variants(s))
            for s in catalog.stylists
        }
        close = [s for s in catalog.stylists if scores[s.user_id] >= STYLIST_THRESHOLD]
        if not close:
            return StylistMatch("unknown_stylist", offered_by=offered_by)
        if len(close) > 1:
            close.sort(key=lambda s: -scores[s.user_id])
            return StylistMatch("ambiguous_stylist", candidates=tuple(close), offered_by=offered_by)
        chosen = close[0]

    if chosen.user_id not in {s.user_id for s in offered_by}:
        return StylistMatch("stylist_does_not_offer", stylist=chosen, offered_by=offered_by)
    return StylistMatch("ok", stylist=chosen, offered_by=offered_by)
