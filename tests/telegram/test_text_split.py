"""Splitting long replies: every part fits, nothing is lost or reordered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord.render import escape
from adapters.text import split_text, utf16_length

TEXT = st.lists(
    st.sampled_from(["a", "é", " ", "\n", "\n\n", "🌙", "*", "_", "<", "&", "word "]), max_size=400
).map("".join)


def _squeezed(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(min_value=8, max_value=120))
def test_parts_fit_in_utf16_units_and_keep_everything(text: str, limit: int) -> None:
    parts = split_text(text, limit, utf16_length)
    assert all(utf16_length(part) <= limit for part in parts)
    assert _squeezed("".join(parts)) == _squeezed(text)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(min_value=8, max_value=120))
def test_parts_fit_once_escaped(text: str, limit: int) -> None:
    parts = split_text(text, limit, lambda part: len(escape(part)))
    assert all(len(escape(part)) <= limit for part in parts)
    assert _squeezed("".join(parts)) == _squeezed(text)


def test_cuts_prefer_paragraphs_then_lines_then_words() -> None:
    text = "first paragraph here\n\nsecond one is longer than the rest"
    assert split_text(text, 30) == ["first paragraph here", "second one is longer than the", "rest"]
    assert split_text("short", 30) == ["short"]
