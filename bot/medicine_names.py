"""Telling whether two written medicine names mean the same medicine."""

from __future__ import annotations

import unicodedata


def medicine_key(name: str) -> str:
    """One key however the name is cased or spaced: "LAMOTRIGINE " is "lamotrigine"."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def same_medicine(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return False
    return medicine_key(first) == medicine_key(second)
