"""The language of what a student reads: checker feedback and explorer controls (``00_index``).

The Korean edition's setup cell calls ``actlab.set_language("ko")``; from then on the checkers
answer in Korean and the explorers made afterwards label their controls in Korean. ``tr(text,
**fields)`` looks an English text up in the language's catalogue and fills in its ``{fields}``.
Figures keep their mathematical and English labels, so no language needs a font.
"""

from __future__ import annotations

from .catalog_ko import KO

__all__ = ["LANGUAGES", "set_language", "get_language", "tr"]

LANGUAGES = {"en": None, "ko": KO}
"""Each language's catalogue: English text -> its translation (English needs none)."""

_current = {"language": "en"}      # changed only by set_language, never on import


def set_language(language: str) -> None:
    """Make the checkers and the explorers made from now on speak ``language`` ("en" or "ko")."""
    if not isinstance(language, str) or language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(map(repr, LANGUAGES))}, got {language!r}")
    _current["language"] = language


def get_language() -> str:
    """The language set by :func:`set_language` ("en" until it is called)."""
    return _current["language"]


def tr(text: str, /, **fields) -> str:
    """``text`` in the current language, with ``fields`` filled in (``str.format``).

    A text missing from the catalogue stays English; ``tests/test_language.py`` checks that every
    text the library passes here has its translation."""
    catalogue = LANGUAGES[_current["language"]]
    template = catalogue.get(text, text) if catalogue else text
    return template.format(**fields) if fields else template
