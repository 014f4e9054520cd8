"""/fact: the facts the bot keeps, each with its confidence; confirm, correct, add or delete one.

/fact                 list them
/fact add TEXT        add a confirmed fact
/fact 12 confirm      mark #12 as confirmed (it stops showing as inferred or outdated)
/fact 12 NEW TEXT     correct #12 (it becomes confirmed)
/fact 12 delete       delete #12
"""

from __future__ import annotations

from sqlalchemy import select

from bot.knowledge import confirm_fact, effective_confidence, find_fact
from bot.messages import Reply
from bot.turn import Turn
from storage.models import KnowledgeEntry

MAX_FACT_CHARS = 500
USAGE = (
    "Use /fact to list what I know, /fact add TEXT to add a fact, /fact 12 confirm, "
    "/fact 12 NEW TEXT to correct one, or /fact 12 delete."
)
_DELETE = {"delete", "remove", "forget", "del"}
_CONFIRM = {"confirm", "yes", "correct", "right", "true", "ok"}


def list_facts(turn: Turn) -> list[str]:
    facts = turn.db.scalars(
        select(KnowledgeEntry)
        .where(KnowledgeEntry.user_id == turn.user_id)
        .order_by(KnowledgeEntry.id)
    ).all()
    return [f"#{fact.id} {fact.value} [{effective_confidence(fact, turn.now)}]" for fact in facts]


def _valid_text(text: str) -> str | None:
    text = " ".join(text.split())
    return text if 0 < len(text) <= MAX_FACT_CHARS else None


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.split(maxsplit=1)
    if not words or words[0].lower() == "list":
        lines = list_facts(turn)
        if not lines:
            return [
                Reply(
                    text="I don't keep any facts about you yet. Say 'remember that ...' or use "
                    "/fact add TEXT."
                )
            ]
        return [Reply(text="What I know about you:\n" + "\n".join(lines) + "\n\n" + USAGE)]
    head, rest = words[0].lower(), (words[1] if len(words) > 1 else "")
    if head == "add":
        text = _valid_text(rest)
        if text is None:
            return [
                Reply(text=f"Give the fact after /fact add (up to {MAX_FACT_CHARS} characters).")
            ]
        entry = KnowledgeEntry(
            user_id=turn.user_id,
            value=text,
            confidence="confirmed",
            source="user",
            created_at=turn.now,
            updated_at=turn.now,
            confirmed_at=turn.now,
        )
        turn.db.add(entry)
        turn.db.flush()
        return [Reply(text=f'Added #{entry.id}: "{text}" [confirmed].')]
    number = head.lstrip("#")
    if not number.isdigit() or len(number) > 12:
        return [Reply(text=USAGE)]
    entry = find_fact(turn.db, turn.user_id, int(number))
    if entry is None:
        return [Reply(text=f"I have no fact #{number}. /fact lists the ones I keep.")]
    action = rest.strip()
    if not action:
        confidence = effective_confidence(entry, turn.now)
        return [Reply(text=f"#{entry.id} {entry.value} [{confidence}]\n{USAGE}")]
    if action.lower() in _DELETE:
        turn.db.delete(entry)
        return [Reply(text=f"Deleted #{entry.id}. I won't use it any more.")]
    if action.lower() in _CONFIRM:
        confirm_fact(entry, turn.now)
        return [Reply(text=f'Confirmed #{entry.id}: "{entry.value}".')]
    text = _valid_text(action)
    if text is None:
        return [Reply(text=f"A fact can be up to {MAX_FACT_CHARS} characters.")]
    confirm_fact(entry, turn.now, new_value=text)
    return [Reply(text=f'Corrected #{entry.id}: "{text}" [confirmed].')]
