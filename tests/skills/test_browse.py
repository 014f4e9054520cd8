"""/skills, /skill NAME and /learned through the real core."""

from __future__ import annotations

from collections import deque

from bot.diary.card import load_card
from bot.skills.content import packaged_library
from tests.conftest import Chat
from tests.diary.support import buttons, press


def test_every_skill_is_reachable_from_skills_by_buttons(chat: Chat) -> None:
    """Measured: following /skills navigation alone reaches every skill of the library."""
    queue, seen, reached = deque(["/skills"]), {"/skills"}, set()
    pages = 0
    while queue:
        data = queue.popleft()
        pages += 1
        for reply in chat.say(data):
            for button in buttons(reply):
                words = button.data.split()
                if words[0] == "/skill" and len(words) == 2:
                    reached.add(words[1])
                elif words[0] == "/skills" and button.data not in seen:
                    seen.add(button.data)
                    queue.append(button.data)
    expected = packaged_library().skill_ids()
    print(f"\n/skills navigation: {len(reached)} of {len(expected)} skills in {pages} pages")
    assert reached == expected
    for skill_id in sorted(expected):  # and each one opens
        assert "Steps:" in chat.text(f"/skill {skill_id}")


def test_a_skill_page_shows_everything_and_leads_back(chat: Chat) -> None:
    page = chat.say("/skill TIPP")[0]
    text = page.text
    assert text.startswith("TIPP · DBT · Distress tolerance")
    for part in ("What it is:", "When to use it:", "Steps:", "1. Temperature:", "Caution:",
                 "Source: Linehan, M. M. (2015)"):  # fmt: skip
        assert part in text
    labels = [button.label for button in buttons(page)]
    assert {"Mark learned", "Used it today", "4/5", "Don't suggest", "← Back"} <= set(labels)
    back = press(chat, page, "← Back")[0]
    assert back.text.startswith("DBT · Distress tolerance:")


def test_skills_are_found_by_name_alias_and_words_in_their_text(chat: Chat) -> None:
    assert chat.text("/skill self soothing").startswith("Self-soothe ·")
    assert chat.text("/skill cold water").startswith("TIPP ·")
    assert chat.text("/skill 3 minute breathing space").startswith("3-minute breathing space ·")
    found = chat.text("/skills search panic")
    assert "TIPP" in found
    exposure = chat.say("/skills search facing fears")[0]
    assert buttons(exposure)[0].data == "/skill graded_exposure"
    assert "No skill matches" in chat.text("/skills search zzzz")
    assert "I don't know a skill called" in chat.text("/skill zzzz")
    several = chat.say("/skill breathing")[0]
    assert "Which one did you mean" in several.text and len(buttons(several)) > 1
    assert "Name a skill" in chat.text("/skill")


def test_learned_rated_and_avoided(chat: Chat) -> None:
    assert "haven't marked any skill" in chat.text("/learned")
    assert "Marked Wise mind as learned" in chat.text("/skill wise mind learned")
    rated = chat.say("/skill wise_mind rate 4")[0]
    assert "Rated Wise mind 4/5 (helpful). I'll suggest it sooner." in rated.text
    assert "You: learned, rated 4/5" in rated.text
    assert "4/5 ✓" in [b.label for b in buttons(rated)]
    assert "Rate from 1" in chat.text("/skill wise_mind rate 9")
    assert "Rate from 1" in chat.text("/skill wise_mind rate high")
    learned = chat.text("/learned")
    assert "Skills you've learned (1):" in learned and "Wise mind (DBT, rated 4/5)" in learned
    assert "won't suggest" in chat.text("/skill stop avoid")
    assert "not suggested" in chat.text("/skill stop")
    assert "can be suggested again" in chat.text("/skill stop unavoid")
    assert "no longer marked" in chat.text("/skill wise mind unlearn")
    assert "haven't marked any skill" in chat.text("/learned")


def test_used_it_today_goes_on_the_diary_card(chat: Chat, database) -> None:
    assert "Added Opposite action to today's diary card" in chat.text("/skill opposite action used")
    with database.transaction() as db:
        assert load_card(db, 1, chat.now.date()).skills == ("opposite_action",)
    assert "Opposite action" in chat.text("/undo")


def test_choosing_the_frameworks_to_suggest_from(chat: Chat) -> None:
    overview = chat.text("/skills")
    assert "DBT (Dialectical Behaviour Therapy): 18 skills (I suggest from it)" in overview
    assert "CBT (Cognitive Behavioural Therapy): 4 skills\n" in overview
    assert "I'll suggest skills from: CBT, Mindfulness." in chat.text("/skills use cbt mbsr")
    assert "Name frameworks from: dbt, cbt, mbsr, schema" in chat.text("/skills use yoga")
    assert "CBT (Cognitive Behavioural Therapy): 4 skills (I suggest from it)" in chat.text(
        "/skills"
    )
    assert "has no module" in chat.text("/skills dbt nowhere")
