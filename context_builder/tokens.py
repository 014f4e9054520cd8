"""Counting tokens without a tokenizer: a deterministic, slightly generous estimate.

Providers report the real counts (recorded per call in ``llm_usage``); the budget only needs
an estimate that never undercounts much. English BPE tokenizers average about four letters
per token; digits, punctuation and non-Latin characters are counted one each (CJK text is
close to one token per character), so the estimate errs on the high side. Whitespace counts
nothing, so the estimate of joined blocks is the sum of the blocks' estimates.
"""

from __future__ import annotations

import re

_LETTER_RUNS = re.compile(r"[A-Za-z]+")
_OTHER_CHARACTERS = re.compile(r"[^\sA-Za-z]")


def estimate_tokens(text: str) -> int:
    # A run of ASCII letters counts a token per four letters; any other visible character one.
    runs = sum((len(run) + 3) >> 2 for run in _LETTER_RUNS.findall(text))
    return runs + len(_OTHER_CHARACTERS.findall(text))


def truncate_to_tokens(text: str, limit: int) -> str:
    """The longest prefix (cut at a line or word end) whose estimate fits ``limit``."""
    if estimate_tokens(text) <= limit:
        return text
    low, high = 0, len(text)
    while low < high:  # binary search on the character length
        middle = (low + high + 1) // 2
        if estimate_tokens(text[:middle]) + 1 <= limit:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary > len(cut) // 2:
        cut = cut[:boundary]
    return cut.rstrip() + "…"
