"""Reading short typed card answers (no database)."""

from __future__ import annotations

import pytest

from bot.diary.answers import read_answer
from bot.diary.card import CardUpdate
from bot.diary.items import CardItem, CardItems, standard_items

ITEMS = standard_items()


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        ("sad 3, shame 2", {"sadness": 3, "shame": 2}),
        ("Sadness: 4/5 and anger 1", {"sadness": 4, "anger": 1}),
        ("fear 8/10, joy 2/5", {"fear": 4, "joy": 2}),
        ("guilty was 2", {"guilt": 2}),
        ("misery five", {"misery": 5}),
        ("sad 3.5", {"sadness": 4}),
        ("sad 9", {}),
        ("sad", {}),
    ],
)
def test_emotion_ratings(text: str, emotions: dict[str, int]) -> None:
    assert read_answer(text, "emotions", ITEMS, []).update.emotions == emotions


def test_urges_with_their_acts_in_one_line() -> None:
    update = read_answer("binge 3 didn't act, sh 2 acted on it", "urges", ITEMS, []).update
    assert update.urges == {"binge": 3, "self_harm": 2}
    assert update.actions == {"binge": False, "self_harm": True}
    update = read_answer("urge to binge 3/5 but didn't act, used TIPP", "urges", ITEMS, []).update
    assert update == CardUpdate(urges={"binge": 3}, actions={"binge": False}, skills=("tipp",))


@pytest.mark.parametrize(
    ("step", "text", "control"),
    [
        ("emotions", "none", "rest_zero"),
        ("urges", "all 0", "rest_zero"),
        ("urges", "skip", "skip"),
        ("actions", "no", "none_acted"),
        ("note", "no note", "skip"),
        ("please", "later", "skip"),
    ],
)
def test_short_control_answers(step: str, text: str, control: str) -> None:
    assert read_answer(text, step, ITEMS, ["binge", "purge"]).control == control


def test_yes_names_the_only_urge_and_is_unclear_with_several() -> None:
    assert read_answer("yes", "actions", ITEMS, ["binge"]).control == "acted_yes"
    assert not read_answer("yes", "actions", ITEMS, ["binge", "purge"]).understood


def test_skills_and_their_rating() -> None:
    update = read_answer("used wise mind and self-soothe, skills 5", "skills", ITEMS, []).update
    assert update.skills == ("wise_mind", "self_soothe") and update.skills_rating == 5
    assert read_answer("6", "skills", ITEMS, []).update.skills_rating == 6
    assert read_answer("9", "skills", ITEMS, []).update.skills_rating is None
    assert read_answer("did some paced breathing", "skills", ITEMS, []).update.skills == ("tipp",)


def test_please_answers() -> None:
    text = "meds yes, slept 6.5, walked 20 min, no alcohol, not ill, ate well"
    assert read_answer(text, "please", ITEMS, []).update.please == {
        "took_meds": True,
        "sleep_hours": 6.5,
        "exercise_minutes": 20,
        "avoided_substances": True,
        "treated_illness": "n/a",
        "ate_balanced": True,
    }
    assert read_answer("7h", "please", ITEMS, []).update.please == {"sleep_hours": 7.0}
    assert read_answer("missed my meds, drank", "please", ITEMS, []).update.please == {
        "took_meds": False,
        "avoided_substances": False,
    }
    assert read_answer("slept 30 hours", "please", ITEMS, []).update.please == {}


def test_own_items_by_their_words() -> None:
    items = CardItems(
        emotions=(*ITEMS.emotions, CardItem("own_7", "emotion", "lonely", "Lonely", own=True)),
        urges=(*ITEMS.urges, CardItem("own_8", "urge", "text my ex", "Text my ex", own=True)),
    )
    update = read_answer("lonely 3, text my ex 4 resisted", "urges", items, []).update
    assert update.emotions == {"own_7": 3}
    assert update.urges == {"own_8": 4} and update.actions == {"own_8": False}


def test_other_talk_is_not_an_answer() -> None:
    assert not read_answer("went to the shops and it was awful", "emotions", ITEMS, []).understood
    assert read_answer("a hard day at work", "note", ITEMS, []).update.note == "a hard day at work"
