"""What the bot knows about them, each fact with how sure it is."""

from __future__ import annotations

from sqlalchemy import select

from bot.knowledge import effective_confidence
from context_builder.sections.base import Inputs, Section
from context_builder.text import clean, quote_clean
from storage.models import KnowledgeEntry

MAX_FACTS = 60
_ORDER = {"confirmed": 0, "inferred": 1, "uncertain": 2, "outdated": 3}


def knowledge(inputs: Inputs) -> Section:
    entries = inputs.db.scalars(
        select(KnowledgeEntry)
        .where(KnowledgeEntry.user_id == inputs.user_id)
        .order_by(KnowledgeEntry.updated_at.desc(), KnowledgeEntry.id.desc())
        .limit(MAX_FACTS)
    ).all()
    facts = sorted(
        ((effective_confidence(entry, inputs.as_of), clean(entry.value)) for entry in entries),
        key=lambda pair: _ORDER.get(pair[0], 9),  # stable sort keeps newest first within each
    )

    def render(kinds: tuple[str, ...], count: int, chars: int) -> str:
        lines = [
            f"- {quote_clean(value, chars)} ({confidence})"
            for confidence, value in facts
            if confidence in kinds
        ][:count]
        return "\n".join(lines)

    if not facts:
        return Section("knowledge", "What they told me (facts)", 60, ("",))
    everything = ("confirmed", "inferred", "uncertain", "outdated")
    return Section(
        "knowledge",
        "What I know about them (confirmed: they said so; inferred: my guess; "
        "outdated: not confirmed for six months)",
        60,
        (
            render(everything, MAX_FACTS, 200),
            render(("confirmed", "inferred", "uncertain"), 20, 120),
            render(("confirmed",), 8, 80),
            "",
        ),
    )
