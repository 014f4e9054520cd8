"""Measured: a full diary card filled in by buttons through the real core.

Each tap sends the button's data back into the core as a new message, exactly as the chat
adapters do. The figures are printed (run with -s) and recorded in the README.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.diary.card import load_card
from bot.messages import Reply
from tests.conftest import Chat
from tests.diary.support import buttons, press


@dataclass
class Tally:
    chat: Chat
    taps: int = 0
    messages: int = 0
    replies: int = 0
    last: Reply | None = None

    def type(self, text: str) -> Reply:
        return self._record(self.chat.say(text))

    def tap(self, label: str) -> Reply:
        assert self.last is not None
        self.taps += 1
        return self._record(press(self.chat, self.last, label))

    def _record(self, replies: list[Reply]) -> Reply:
        self.messages += 1
        self.replies += len(replies)
        assert replies, "every tap gets an answer"
        self.last = replies[-1]
        return self.last


def _typical_card(tally: Tally) -> None:
    tally.type("/diary")
    tally.tap("Sad 3")
    tally.tap("Shame 2")
    tally.tap("Rest are 0 →")
    tally.tap("Binge 3")
    tally.tap("Rest are 0 →")
    tally.tap("Binge: didn't")
    tally.tap("TIPP")
    tally.tap("5/7")
    tally.tap("All on track ✓")
    tally.tap("Slept 7h")
    tally.tap("Moved 30 min")
    tally.tap("No note")


def test_a_typical_full_card_takes_under_15_taps(chat: Chat, database) -> None:
    tally = Tally(chat)
    _typical_card(tally)
    assert tally.last is not None and "is done ✓" in tally.last.text
    print(
        f"\ntypical full card by buttons: {tally.taps} taps, {tally.messages} messages sent, "
        f"{tally.replies} replies"
    )
    assert tally.taps < 15
    with database.transaction() as db:
        card = load_card(db, 1, chat.now.date())
    assert card.emotions == {
        "sadness": 3, "shame": 2, "anger": 0, "fear": 0, "joy": 0, "guilt": 0, "misery": 0
    }  # fmt: skip
    assert card.urges["binge"] == 3 and card.actions == {"binge": False}
    assert set(card.urges) == {
        "self_harm",
        "suicide",
        "substance_use",
        "binge",
        "purge",
        "avoidance",
    }
    assert card.skills == ("tipp",) and card.skills_rating == 5
    assert card.please == {
        "took_meds": True,
        "ate_balanced": True,
        "avoided_substances": True,
        "treated_illness": "n/a",
        "sleep_hours": 7.0,
        "exercise_minutes": 30,
    }
    assert card.notes == ()


def test_a_heavy_card_and_an_all_quiet_card(chat: Chat, core) -> None:
    heavy = Tally(chat)
    heavy.type("/diary")
    for label in ("Sad 4", "Shame 3", "Fear 2", "Rest are 0 →", "Binge 3", "Avoid 2",
                  "Rest are 0 →", "Binge: didn't", "Avoid: acted", "TIPP", "Wise mind", "6/7",
                  "Meds missed", "All on track ✓", "Slept 5h", "Moved 0 min", "No note"):  # fmt: skip
        heavy.tap(label)
    assert heavy.last is not None and "is done ✓" in heavy.last.text
    quiet = Tally(Chat(core, "sam"))
    quiet.type("/diary")
    for label in ("Rest are 0 →", "Rest are 0 →", "0/7", "All on track ✓", "Slept 8h",
                  "Moved 15 min", "No note"):  # fmt: skip
        quiet.tap(label)
    assert quiet.last is not None and "is done ✓" in quiet.last.text
    print(
        f"\nheavy card (3 emotions, 2 urges, 2 skills, a missed dose): {heavy.taps} taps, "
        f"{heavy.messages} messages\nall-quiet card: {quiet.taps} taps, {quiet.messages} messages"
    )
    assert quiet.taps <= 7
    assert heavy.taps <= 17


def test_every_step_offers_skip_and_the_grid_marks_what_was_chosen(chat: Chat) -> None:
    first = chat.say("/diary")[0]
    assert "Skip" in [b.label for b in buttons(first)]
    after = press(chat, first, "Sad 3")[-1]
    labels = [b.label for b in buttons(after)]
    assert "Sad 3 ✓" in labels and "Sad 4" in labels
    assert "So far: sadness 3." in after.text
    for expected in ("Urges", "Skills", "PLEASE", "Note"):
        after = press(chat, after, "Skip")[-1]
        assert expected in after.text.splitlines()[0]
    done = press(chat, after, "No note")[-1]
    assert "is done ✓" in done.text
    assert "Emotions: sadness 3, 6 not rated" in done.text
    assert "Skills: not rated" in done.text
    # Every button fits the platforms' limit on callback data.
    for reply in chat.emitted:
        assert all(len(button.data) <= 64 for button in buttons(reply))
