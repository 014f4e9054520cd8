"""/diary week (the grid image and the therapist summary); export and forget of diary data."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from matplotlib.image import imread
from sqlalchemy import func, select

from storage.models import DbtDiaryEntry, DiaryCardItem, Skill, UserSkill
from tests.conftest import Chat

MONDAY = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def _fill_week(chat: Chat) -> None:
    chat.say("/diary add urge text my ex", at=MONDAY)
    days = {
        0: ["/diary sad 4, shame 2", "/diary binge 3 didn't act", "/diary used TIPP, skills 5",
            "/diary meds yes, slept 6, walked 20 min"],
        1: ["/diary sad 2, joy 3", "/diary binge 4 acted", "/diary used TIPP and STOP",
            "/diary meds no, slept 8"],
        3: ["/diary sad 3", "/diary text my ex 2", "/diary used wise mind, skills 3",
            "/diary note hard talk with mum"],
    }  # fmt: skip
    for offset, lines in days.items():
        for line in lines:
            chat.say(line, at=MONDAY + timedelta(days=offset))


def test_the_week_as_a_table_image_and_a_summary(chat: Chat) -> None:
    _fill_week(chat)
    replies = chat.say("/diary week", at=MONDAY + timedelta(days=5))  # Sat 28
    assert len(replies) == 1
    reply = replies[0]
    text = reply.text
    assert text.startswith("Diary card, Sun 22 Nov to Sat 28 Nov 2026: filled in on 3 of 7 days")
    assert "(missing: Sun 22, Wed 25, Fri 27, Sat 28)" in text
    assert "sadness 3.0 (highest 4, Mon 23)" in text
    assert "shame 2.0" in text and "joy 3.0" in text
    assert "Highest urges: binge 4 (Tue 24, acted on), text my ex 2 (Thu 26)" in text
    assert "Acted on: binge on 1 day (Tue 24)" in text
    assert "average 4.0/7" in text
    assert "most used: TIPP (2 days), STOP (1 day), Wise mind (1 day)" in text
    assert "meds taken 1 of 2 days" in text and "sleep average 7.0 h (6-8)" in text
    assert "Notes: Thu 26: hard talk with mum" in text
    attachment = reply.attachment
    assert attachment is not None and attachment.media_type == "image/png"
    assert attachment.filename == "diary-card-2026-11-22.png"
    assert attachment.content.startswith(b"\x89PNG\r\n\x1a\n")
    pixels = imread(io.BytesIO(attachment.content))
    height, width = pixels.shape[:2]
    assert width > 800 and height > 500
    assert pixels.std() > 0.05  # a drawn table, not a blank image


def test_an_empty_week_says_so_and_still_draws_the_grid(chat: Chat) -> None:
    reply = chat.say("/diary week")[0]
    assert "filled in on 0 of 7 days" in reply.text
    assert "/diary fills in today's card" in reply.text
    assert reply.attachment is not None


def test_a_past_week_by_date(chat: Chat) -> None:
    _fill_week(chat)
    text = chat.text("/diary week 2026-11-24", at=MONDAY + timedelta(days=20))
    assert "Wed 18 Nov to Tue 24 Nov 2026: filled in on 2 of 7 days" in text


def test_export_carries_the_diary_and_skill_marks_and_forget_removes_them(
    chat: Chat, database
) -> None:
    _fill_week(chat)
    chat.say("/skill tipp rate 5")
    chat.say("/skill stop learned")
    document = json.loads(chat.say("/export")[0].attachment.content)  # type: ignore[union-attr]
    tables = document["tables"]
    assert tables["dbt_card_items"][0]["label"] == "text my ex"
    assert {row["skill_id"] for row in tables["user_skills"]} == {"tipp", "stop"}
    assert any(row["skills_rating"] == 5 for row in tables["dbt_diary_entries"])
    assert "skills" not in tables  # shared content, not personal data
    chat.say("/forget")
    chat.say("delete everything")
    with database.transaction() as db:
        for model in (DbtDiaryEntry, DiaryCardItem, UserSkill):
            assert db.scalar(select(func.count()).select_from(model)) == 0
        assert db.scalar(select(func.count()).select_from(Skill)) >= 27


def test_if_drawing_fails_the_summary_still_arrives(chat: Chat, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bot.commands.diary as diary_command

    def broken(week):  # type: ignore[no-untyped-def]
        raise RuntimeError("no fonts on this server")

    monkeypatch.setattr(diary_command, "render_week_png", broken)
    chat.say("/diary sad 2")
    reply = chat.say("/diary week")[0]
    assert reply.attachment is None
    assert "filled in on 1 of 7 days" in reply.text and "couldn't draw the table" in reply.text
