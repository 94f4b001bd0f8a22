"""Resolving what the caller said ("Haare färben", "beim Fabian", "mir egal") to a catalog service
and stylist. The entry points the tools call; the matching itself lives in
`tools.service_match` (by meaning), `tools.stylist_match` (by sound) and `tools.no_preference`.

Speech recognition on a phone line mishears names, so names match by sound; when two stylists
sound alike ("Lena" vs. Lena Hoffmann and Lea Hofmann) the answer is *ambiguous*, never a guess.
"""

from __future__ import annotations

from calendar_adapter.backend import Catalog
from tools.no_preference import means_no_preference
from tools.service_match import ServiceMatch, resolve_service, service_names
from tools.stylist_match import SIMILAR, StylistMatch, likeness, resolve_stylist
from tools.text_fold import fold

__all__ = [
    "ServiceMatch",
    "StylistMatch",
    "is_no_preference",
    "resolve_service",
    "resolve_stylist",
    "service_names",
]


def is_no_preference(text: str | None, catalog: Catalog | None = None) -> bool:
    """No stylist wanted: no text, or words that leave it open ("egal wer", "whoever is free").
    With the catalog, a phrase that also names one of its stylists is not open."""
    if not means_no_preference(text):
        return False
    if catalog is None or text is None:
        return True
    words = fold(text).split()
    names = [p for s in catalog.stylists for p in fold(s.name).split()]
    return not any(likeness(w, p) > SIMILAR for w in words if len(w) > 2 for p in names)
