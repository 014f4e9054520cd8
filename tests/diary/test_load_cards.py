"""A day's card is the merge of its entries, read straight from the database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.diary.card import load_card, load_cards
from bot.users import resolve_user
from storage.db import Database
from storage.models import DbtDiaryEntry, DbtSkillUse

AT = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
DAY = date(2026, 11, 27)


def _entry(user_id: int, day: date, minutes: int, **values: object) -> DbtDiaryEntry:
    at = AT + timedelta(minutes=minutes)
    return DbtDiaryEntry(user_id=user_id, created_at=at, recorded_at=at, local_date=day, **values)


def _skill(user_id: int, entry: DbtDiaryEntry, skill: str) -> DbtSkillUse:
    return DbtSkillUse(
        user_id=user_id, created_at=AT, diary_entry_id=entry.id, skill=skill, used_at=AT
    )


def test_entries_merge_in_order_with_their_skills_and_unflushed_ones_count(
    database: Database,
) -> None:
    with database.transaction() as db:
        user_id, _ = resolve_user(db, "test", "cards", AT)
        other_id, _ = resolve_user(db, "test", "someone-else", AT)
        first = _entry(user_id, DAY, 0, emotions={"sadness": 4}, note="rough morning")
        later = _entry(user_id, DAY, 30, emotions={"sadness": 2, "shame": 3}, skills_rating=5)
        yesterday = _entry(user_id, DAY - timedelta(days=1), 0, urges={"drink": 2})
        theirs = _entry(other_id, DAY, 5, emotions={"anger": 5})
        db.add_all([first, later, yesterday, theirs])
        db.flush()
        db.add_all([_skill(user_id, later, "self_soothe"), _skill(other_id, theirs, "tipp")])
        db.add(_skill(user_id, first, "opposite_action"))
        # Not flushed: the card still counts it.
        db.add(_entry(user_id, DAY, 45, actions={"self_harm": False}, note="evening walk"))

        card = load_card(db, user_id, DAY)
        cards = load_cards(db, user_id, DAY - timedelta(days=1), DAY)
        empty = load_card(db, user_id, DAY + timedelta(days=1))

    assert card.entries == 3
    assert card.emotions == {"sadness": 2, "shame": 3}, "a later rating replaces an earlier one"
    assert card.actions == {"self_harm": False}
    assert card.skills == ("opposite_action", "self_soothe")
    assert card.skills_rating == 5
    assert card.notes == ("rough morning", "evening walk")
    assert sorted(cards) == [DAY - timedelta(days=1), DAY]
    assert cards[DAY - timedelta(days=1)].urges == {"drink": 2}
    assert cards[DAY] == card
    assert empty.is_empty() and empty.day == DAY + timedelta(days=1)
