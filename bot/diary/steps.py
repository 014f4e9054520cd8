"""The questions of the /diary card, one step per message, with buttons for every answer.

Buttons send short commands back ("/diary set sadness 3"); a grid answers a whole section
in few taps: tap the rows that apply, then "Rest are 0". Everything can also be typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.diary.card import NOT_APPLICABLE, DiaryCard, please_text, skill_name
from bot.diary.items import PLEASE_ITEMS, CardItem, CardItems
from bot.messages import Button, Reply

STEPS = ("emotions", "urges", "actions", "skills", "please", "note")
STEP_TITLES = {
    "emotions": "Emotions (1 of 5)",
    "urges": "Urges (2 of 5)",
    "actions": "Acting on urges (2 of 5)",
    "skills": "Skills (3 of 5)",
    "please": "PLEASE (4 of 5)",
    "note": "Note (5 of 5)",
}
SKILLS_SCALE = (
    "0 not thought of · 1 thought of, didn't want to · 2 wanted to but didn't · "
    "3 tried, couldn't · 4 tried, could, didn't help · 5 tried, could, helped · "
    "6 used without trying, didn't help · 7 used without trying, helped"
)
CHECK = " ✓"
DAY_BOUND_PREFIX = "/diary "
SLEEP_CHOICES = (4, 5, 6, 7, 8, 9)
EXERCISE_CHOICES = (0, 15, 30, 60)


@dataclass(frozen=True)
class CardView:
    card: DiaryCard
    items: CardItems
    heading: str  # "Today's card (Tue 24 Nov)"


def _b(label: str, data: str) -> Button:
    return Button(label=label[:64], data=data[:64])


def _rating_rows(items: tuple[CardItem, ...], values: dict[str, int]) -> list[tuple[Button, ...]]:
    rows = []
    for item in items:
        chosen = values.get(item.key)
        rows.append(
            tuple(
                _b(
                    f"{item.button} {n}" + (CHECK if chosen == n else ""),
                    f"/diary set {item.key} {n}",
                )
                for n in range(1, 6)
            )
        )
    return rows


def _so_far(values: dict[str, int], items: CardItems) -> str:
    rated = [f"{items.name(key)} {value}" for key, value in values.items()]
    return "So far: " + ", ".join(rated) + "." if rated else ""


def _text(view: CardView, step: str, *lines: str) -> str:
    header = f"{view.heading} · {STEP_TITLES[step]}"
    return "\n".join([header, *(line for line in lines if line)])


def emotions_question(view: CardView, preface: str = "") -> Reply:
    items = view.items.active("emotion")
    shown = {key: value for key, value in view.card.emotions.items()}
    return Reply(
        text=_text(
            view,
            "emotions",
            preface,
            "How strong was each emotion today, 0-5? Tap the ones you felt; "
            "'Rest are 0' counts the others as 0. Or type e.g. 'sad 3, shame 2'.",
            _so_far(shown, view.items),
        ),
        buttons=(
            *_rating_rows(items, view.card.emotions),
            (_b("Rest are 0 →", "/diary next"), _b("Skip", "/diary skip")),
        ),
    )


def urges_question(view: CardView, preface: str = "") -> Reply:
    items = view.items.active("urge")
    return Reply(
        text=_text(
            view,
            "urges",
            preface,
            "How strong were your urges today, 0-5? Tap the ones you had; 'Rest are 0' "
            "counts the others as 0. Or type e.g. 'binge 3, self-harm 1'.",
            _so_far(view.card.urges, view.items),
        ),
        buttons=(
            *_rating_rows(items, view.card.urges),
            (_b("Rest are 0 →", "/diary next"), _b("Skip", "/diary skip")),
        ),
    )


def actions_question(view: CardView, preface: str = "") -> Reply:
    present = view.card.urges_present()
    rows = []
    for key in present:
        name = view.items.by_key().get(key)
        label = name.button if name else key
        acted = view.card.actions.get(key)
        rows.append(
            (
                _b(f"{label}: acted" + (CHECK if acted is True else ""), f"/diary acted {key} yes"),
                _b(
                    f"{label}: didn't" + (CHECK if acted is False else ""), f"/diary acted {key} no"
                ),
            )
        )
    urges = ", ".join(view.items.name(key) for key in present)
    return Reply(
        text=_text(
            view,
            "actions",
            preface,
            f"Did you act on any of these urges today? ({urges})",
        ),
        buttons=(
            *rows,
            (_b("Didn't act on any →", "/diary acted none"), _b("Skip", "/diary skip")),
        ),
    )


def skills_question(view: CardView, choices: list[tuple[str, str]], preface: str = "") -> Reply:
    used = set(view.card.skills)
    skill_buttons = [
        _b(name + (CHECK if skill_id in used else ""), f"/diary skill {skill_id}")
        for skill_id, name in choices
    ]
    rows: list[tuple[Button, ...]] = [
        tuple(skill_buttons[i : i + 3]) for i in range(0, len(skill_buttons), 3)
    ]
    rating = view.card.skills_rating
    scale = [_b(f"{n}/7" + (CHECK if rating == n else ""), f"/diary rate {n}") for n in range(8)]
    rows += [tuple(scale[:4]), tuple(scale[4:]), (_b("Skip", "/diary skip"),)]
    on_card = ", ".join(skill_name(skill) for skill in view.card.skills)
    return Reply(
        text=_text(
            view,
            "skills",
            preface,
            "Which skills did you use today? Tap any (or type them), then rate your skills "
            "use 0-7, which finishes this step.",
            SKILLS_SCALE,
            f"On the card: {on_card}." if on_card else "",
        ),
        buttons=tuple(rows),
    )


def _please_row(key: str, value: Any) -> tuple[Button, ...]:
    def mark(label: str, choice: Any) -> str:
        return label + (CHECK if value == choice and type(value) is type(choice) else "")

    if key == "took_meds":
        return (
            _b(mark("Meds taken", True), "/diary please took_meds yes"),
            _b(mark("Meds missed", False), "/diary please took_meds no"),
            _b(mark("No meds", NOT_APPLICABLE), "/diary please took_meds na"),
        )
    if key == "sleep_hours":
        return tuple(
            _b(mark(f"Slept {h}h" + ("+" if h == SLEEP_CHOICES[-1] else ""), float(h)),
               f"/diary please sleep_hours {h}")
            for h in SLEEP_CHOICES
        )  # fmt: skip
    if key == "ate_balanced":
        return (
            _b(mark("Ate well", True), "/diary please ate_balanced yes"),
            _b(mark("Didn't eat well", False), "/diary please ate_balanced no"),
        )
    if key == "exercise_minutes":
        return tuple(
            _b(mark(f"Moved {m}" + ("+" if m == EXERCISE_CHOICES[-1] else "") + " min", m),
               f"/diary please exercise_minutes {m}")
            for m in EXERCISE_CHOICES
        )  # fmt: skip
    if key == "avoided_substances":
        return (
            _b(mark("No alcohol/drugs", True), "/diary please avoided_substances yes"),
            _b(mark("Had alcohol/drugs", False), "/diary please avoided_substances no"),
        )
    return (
        _b(mark("Illness treated", True), "/diary please treated_illness yes"),
        _b(mark("Not treated", False), "/diary please treated_illness no"),
        _b(mark("Not ill", NOT_APPLICABLE), "/diary please treated_illness na"),
    )


def please_question(view: CardView, preface: str = "") -> Reply:
    answered = view.card.please
    rows = [_please_row(key, answered.get(key)) for key in PLEASE_ITEMS]
    so_far = ", ".join(please_text(key, answered[key]) for key in PLEASE_ITEMS if key in answered)
    return Reply(
        text=_text(
            view,
            "please",
            preface,
            "Taking care of your body today (PLEASE). 'All on track' means meds taken (or "
            "none), ate well, no alcohol or drugs, nothing to treat: it fills whatever you "
            "haven't answered. Or type e.g. 'meds yes, slept 6.5, walked 20 min'.",
            f"So far: {so_far}." if so_far else "",
        ),
        buttons=(
            (_b("All on track ✓", "/diary please ok"), _b("Skip", "/diary skip")),
            *rows,
        ),
    )


def note_question(view: CardView, preface: str = "") -> Reply:
    return Reply(
        text=_text(
            view,
            "note",
            preface,
            "Anything to add to today's card? Type a short note (it's stored encrypted), "
            "or tap No note.",
        ),
        buttons=((_b("No note", "/diary skip"),),),
    )


def describe_card(card: DiaryCard, items: CardItems) -> list[str]:
    """The card in a few lines: what was rated, what was not."""

    def rated(values: dict[str, int], keys: list[str]) -> str:
        shown = [f"{items.name(k)} {values[k]}" for k in keys if values.get(k)]
        zeros = [k for k in keys if values.get(k) == 0]
        missing = [k for k in keys if k not in values]
        if zeros and not missing and shown:
            shown.append("the rest 0")
        elif zeros and not shown:
            shown.append("all 0" if not missing else f"{len(zeros)} at 0")
        if missing and len(missing) < len(keys):
            shown.append(f"{len(missing)} not rated")
        return ", ".join(shown) or "not filled in"

    emotion_keys = [
        item.key for item in items.emotions if not item.archived or item.key in card.emotions
    ]
    urge_keys = [item.key for item in items.urges if not item.archived or item.key in card.urges]
    lines = [f"Emotions: {rated(card.emotions, emotion_keys)}"]
    urge_line = rated(card.urges, urge_keys)
    acts = [
        f"{items.name(key)} {'acted on' if acted else 'not acted on'}"
        for key, acted in card.actions.items()
    ]
    lines.append(f"Urges: {urge_line}" + (f" ({'; '.join(acts)})" if acts else ""))
    skills = ", ".join(skill_name(skill) for skill in card.skills)
    rating = f"{card.skills_rating}/7" if card.skills_rating is not None else "not rated"
    lines.append(f"Skills: {rating}" + (f": {skills}" if skills else ""))
    please = [please_text(key, card.please[key]) for key in PLEASE_ITEMS if key in card.please]
    lines.append("PLEASE: " + (", ".join(please) if please else "not filled in"))
    lines.append(f"Note: {'yes' if card.notes else 'none'}")
    return lines


def stamp_day(reply: Reply, day: date) -> Reply:
    """Add the card's day to its buttons ("/diary set sadness 3 @2026-11-24"), so a tap
    lands on the card it was shown for, and a tap on a card that has closed says so."""
    tag = f" @{day.isoformat()}"
    rows = tuple(
        tuple(
            button.model_copy(update={"data": button.data + tag})
            if button.data.startswith(DAY_BOUND_PREFIX)
            else button
            for button in row
        )
        for row in reply.buttons
    )
    return reply.model_copy(update={"buttons": rows})


def done_message(view: CardView, preface: str = "") -> Reply:
    return Reply(
        text="\n".join(
            line
            for line in (
                preface,
                f"{view.heading} is done ✓",
                *describe_card(view.card, view.items),
                "Change something: tap a section. /diary week shows the week; /undo removes "
                "the last answer.",
            )
            if line
        ),
        buttons=(
            (
                _b("Emotions", "/diary go emotions"),
                _b("Urges", "/diary go urges"),
                _b("Skills", "/diary go skills"),
            ),
            (_b("PLEASE", "/diary go please"), _b("Note", "/diary go note")),
        ),
    )
