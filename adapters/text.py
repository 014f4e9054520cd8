"""Splitting long replies for platforms with a message length limit."""

from __future__ import annotations

from collections.abc import Callable


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Parts whose ``measure`` is at most ``limit``, cut at a paragraph, line or word when
    one lies in the second half of the part (never inside a character). ``measure`` must
    grow with the text (e.g. UTF-16 units, or the length once escaped)."""
    parts: list[str] = []
    rest = text
    while measure(rest) > limit:
        fits = _longest_fitting_prefix(rest, limit, measure)
        cut = fits
        for separator in ("\n\n", "\n", " "):
            found = rest.rfind(separator, 0, fits)
            if found > fits // 2:
                cut = found + len(separator)
                break
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n")
    parts.append(rest)
    return [part for part in parts if part.strip()] or [""]


def _longest_fitting_prefix(text: str, limit: int, measure: Callable[[str], int]) -> int:
    low, high = 1, len(text)  # the first character always goes, whatever it measures
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return low


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
