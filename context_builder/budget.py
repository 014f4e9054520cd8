"""Fitting sections into a token budget: lower priorities are shortened first, deterministically.

Every section starts at its fullest version. While the total is over budget, the section with
the lowest priority (ties: by name) that still has a shorter version steps down one version;
only when it has none left is the next one touched. If even the shortest versions do not fit,
the text is cut at the budget. The same sections and budget always give the same result.
"""

from __future__ import annotations

from dataclasses import dataclass

from context_builder.sections.base import Section
from context_builder.tokens import estimate_tokens, truncate_to_tokens


@dataclass(frozen=True)
class Placed:
    name: str
    level: int  # 0 = fullest version
    levels: int
    text: str
    tokens: int


def fit(sections: list[Section], budget: int) -> tuple[str, tuple[Placed, ...], int]:
    """(text, what each section became, tokens of the text)."""
    levels = {section.name: 0 for section in sections}
    cost: dict[tuple[str, int], int] = {}

    def tokens_of(section: Section) -> int:
        key = (section.name, levels[section.name])
        if key not in cost:
            cost[key] = estimate_tokens(section.render(levels[section.name]))
        return cost[key]

    order = sorted(sections, key=lambda section: (section.priority, section.name))
    total = sum(tokens_of(section) for section in sections)
    while total > budget:
        for section in order:
            if levels[section.name] < len(section.variants) - 1:
                total -= tokens_of(section)
                levels[section.name] += 1
                total += tokens_of(section)
                break
        else:
            break
    rendered = [section.render(levels[section.name]) for section in sections]
    text = "\n\n".join(block for block in rendered if block)
    tokens = total  # whitespace counts nothing: the blocks' sum is the text's estimate
    if tokens > budget:
        text = truncate_to_tokens(text, budget)
        tokens = estimate_tokens(text)
    placed = tuple(
        Placed(
            name=section.name,
            level=levels[section.name],
            levels=len(section.variants),
            text=block,
            tokens=cost.get((section.name, levels[section.name]), 0),
        )
        for section, block in zip(sections, rendered, strict=True)
    )
    return text, placed, tokens
