"""Writing one diary update (a typed line or a card step) and saying what changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bot.diary.card import CardUpdate, DiaryCard, card_title, describe_update, load_card
from bot.diary.items import CardItems, card_items
from bot.records.journal import journal
from storage.context_versions import note_write
from storage.direct import add_directly
from storage.models import DbtDiaryEntry, DbtSkillUse

if TYPE_CHECKING:
    from bot.records.writer import RecordContext

JOURNAL_KIND = "dbt_diary_entries"


@dataclass(frozen=True)
class CardWrite:
    entry: DbtDiaryEntry
    update: CardUpdate
    before: DiaryCard
    after: DiaryCard
    items: CardItems

    @property
    def changes(self) -> list[str]:
        return describe_update(self.before, self.update, self.items)

    def summary(self, today: date) -> str:
        """'on today's diary card: urge to binge 3/5 (was 1/5), not acted on; skills: TIPP'"""
        return f"on {card_title(self.after.day, today)}: " + "; ".join(self.changes)


def record_card_update(
    ctx: RecordContext,
    update: CardUpdate,
    *,
    before: DiaryCard | None = None,
    items: CardItems | None = None,
) -> CardWrite | None:
    """Store ``update`` on the card of ``ctx.local_date`` as one journaled entry.

    ``before`` and ``items`` save reading them again when the caller has them at hand.
    """
    if update.is_empty():
        return None
    if before is None or before.day != ctx.local_date:
        before = load_card(ctx.db, ctx.user_id, ctx.local_date)
    entry = DbtDiaryEntry(
        user_id=ctx.user_id,
        message_id=ctx.message_id,
        created_at=ctx.at,
        recorded_at=ctx.at,
        local_date=ctx.local_date,
        emotions=dict(update.emotions),
        urges=dict(update.urges),
        actions=dict(update.actions),
        please=dict(update.please),
        skills_rating=update.skills_rating,
        note=update.note,
    )
    add_directly(ctx.db, entry)
    note_write(ctx.db, JOURNAL_KIND, ctx.user_id)
    journal(ctx.db, user_id=ctx.user_id, kind=JOURNAL_KIND, record_id=entry.id, at=ctx.at)
    for skill in update.skills:
        add_directly(
            ctx.db,
            DbtSkillUse(
                user_id=ctx.user_id,
                message_id=ctx.message_id,
                created_at=ctx.at,
                diary_entry_id=entry.id,
                skill=skill,
                used_at=ctx.at,
                rating=update.skills_rating,
            ),
        )
    note_write(ctx.db, "dbt_skill_uses", ctx.user_id)
    return CardWrite(
        entry=entry,
        update=update,
        before=before,
        after=before.apply(update),
        items=items or card_items(ctx.db, ctx.user_id),
    )
