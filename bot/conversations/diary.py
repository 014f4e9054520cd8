"""/diary: today's DBT diary card as a short conversation, one step per message.

Steps: emotions, urges (and whether they were acted on), skills, PLEASE, a note. Every
answer is stored at once as its own diary entry, so a card stopped halfway is kept, /undo
takes back the last answer, and /diary later the same day continues where it stopped.
Yesterday's card stays open until local noon. Any step can be skipped, answered by
buttons, or typed ("sad 3, shame 2").

Risk in an answer (an urge to self-harm or to die of 4-5, or acting on it) goes through
the crisis path before anything else, and the card pauses.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.conversations.state import enter_flow, get_flow, move_to
from bot.diary.answers import Answer, read_answer
from bot.diary.card import CardUpdate, DiaryCard, load_card, skill_name
from bot.diary.items import PLEASE_ITEMS, CardItems, ItemKind, card_items
from bot.diary.recording import CardWrite, record_card_update
from bot.diary.risk import STRONG_URGE, crisis_replies, diary_risk
from bot.diary.steps import (
    STEPS,
    CardView,
    actions_question,
    done_message,
    emotions_question,
    note_question,
    please_question,
    skills_question,
    stamp_day,
    urges_question,
)
from bot.messages import Button, Reply
from bot.records.writer import RecordContext
from bot.skills.catalog import active_skills
from bot.skills.preferences import enabled_frameworks, marks, usage_counts
from bot.turn import Turn
from bot.vocabulary import crisis_rank
from storage.models import ConversationState

FLOW = "diary"
DONE = "done"
YESTERDAY_UNTIL_HOUR = 12  # local time: yesterday's card can be filled in until noon
DEFAULT_SKILL_CHOICES = (
    "tipp", "stop", "wise_mind", "self_soothe", "accepts", "opposite_action",
    "check_the_facts", "radical_acceptance", "please",
)  # fmt: skip
MAX_SKILL_CHOICES = 9
ALL_ON_TRACK = {
    "took_meds": True,
    "ate_balanced": True,
    "avoided_substances": True,
    "treated_illness": "n/a",
}


# -- days ------------------------------------------------------------------------------


def can_fill(day: date, turn: Turn) -> bool:
    today = turn.local_now.date()
    if day == today:
        return True
    return day == today - timedelta(days=1) and turn.local_now.hour < YESTERDAY_UNTIL_HOUR


def _heading(day: date, turn: Turn) -> str:
    which = "Today's" if day == turn.local_now.date() else "Yesterday's"
    return f"{which} card ({day:%a %d %b})"


def _state_day(state: ConversationState | None) -> date | None:
    if state is None or not state.data or "day" not in state.data:
        return None
    try:
        return date.fromisoformat(state.data["day"])
    except (TypeError, ValueError):
        return None


def _view(turn: Turn, day: date) -> CardView:
    return CardView(
        card=load_card(turn.db, turn.user_id, day),
        items=card_items(turn.db, turn.user_id),
        heading=_heading(day, turn),
    )


# -- asking ----------------------------------------------------------------------------


def skill_choices(db: Session, user_id: int, card: DiaryCard) -> list[tuple[str, str]]:
    """Skills offered as buttons: on the card, learned, most used, then common DBT ones."""
    enabled = set(enabled_frameworks(db, user_id)) | {"dbt"}
    skills = {skill.id: skill for skill in active_skills(db) if skill.framework in enabled}
    learned = [skill_id for skill_id, mark in marks(db, user_id).items() if mark.learned_at]
    used = [skill for skill, _ in usage_counts(db, user_id).most_common(6)]
    ordered = [*card.skills, *learned, *used, *DEFAULT_SKILL_CHOICES]
    choices: list[tuple[str, str]] = []
    for skill_id in dict.fromkeys(ordered):
        if skill_id in skills or skill_id in card.skills:
            choices.append((skill_id, skill_name(skill_id)))
        if len(choices) >= MAX_SKILL_CHOICES:
            break
    return choices


def _ask(turn: Turn, step: str, view: CardView, preface: str = "") -> Reply:
    return stamp_day(_question(turn, step, view, preface), view.card.day)


def _question(turn: Turn, step: str, view: CardView, preface: str) -> Reply:
    if step == "emotions":
        return emotions_question(view, preface)
    if step == "urges":
        return urges_question(view, preface)
    if step == "actions":
        return actions_question(view, preface)
    if step == "skills":
        return skills_question(view, skill_choices(turn.db, turn.user_id, view.card), preface)
    if step == "please":
        return please_question(view, preface)
    if step == "note":
        return note_question(view, preface)
    return done_message(view, preface)


def _next_step(step: str, card: DiaryCard) -> str:
    index = STEPS.index(step) + 1 if step in STEPS else len(STEPS)
    while index < len(STEPS):
        candidate = STEPS[index]
        if candidate == "actions" and all(key in card.actions for key in card.urges_present()):
            index += 1  # no urges, or every one already answered
            continue
        return candidate
    return DONE


def _first_open_step(card: DiaryCard, items: CardItems) -> str:
    """Where a card opened again should start: the first section not yet answered."""
    if not any(item.key in card.emotions for item in items.active("emotion")):
        return "emotions"
    if not any(item.key in card.urges for item in items.active("urge")):
        return "urges"
    if any(key not in card.actions for key in card.urges_present()):
        return "actions"
    if card.skills_rating is None:
        return "skills"
    if any(key not in card.please for key in PLEASE_ITEMS):
        return "please"
    return "note" if not card.notes else DONE


def _enter(
    turn: Turn, day: date, step: str, state: ConversationState | None = None
) -> ConversationState:
    """Make the card's flow the active one at ``step``.

    The core pauses flows before a command, so a tap finds the card's own state paused: it
    is resumed in place (no other flow is active then), saving a round of updates per tap.
    """
    if state is not None and _state_day(state) == day:
        state.active = True
        state.step = step
        state.updated_at = turn.now
        return state
    return enter_flow(turn.db, turn.user_id, FLOW, step, turn.now, data={"day": day.isoformat()})


def _advance(
    turn: Turn, state: ConversationState, view: CardView, step: str, preface: str
) -> Reply:
    following = _next_step(step, view.card)
    move_to(state, following, turn.now)
    if following == DONE:
        state.active = False  # kept, so /diary later today shows the finished card
    return _ask(turn, following, view, preface)


# -- opening ---------------------------------------------------------------------------


def open_card(turn: Turn, which: str = "") -> list[Reply]:
    """/diary, /diary today, /diary yesterday."""
    today = turn.local_now.date()
    yesterday = today - timedelta(days=1)
    if which == "yesterday":
        if not can_fill(yesterday, turn):
            return [
                Reply(
                    text="Yesterday's card closed at noon. Today's card is open: /diary. "
                    "(Typed diary lines always go on today's card.)"
                )
            ]
        return [_open(turn, yesterday, "Yesterday's card is open until noon.")]
    state = get_flow(turn.db, turn.user_id, FLOW)
    day = _state_day(state)
    if which != "today" and state is not None and day is not None and can_fill(day, turn):
        if state.step != DONE:
            preface = "Welcome back: let's pick up where you left off."
            if day != today:
                preface = "Continuing yesterday's card (open until noon). /diary today for today's."
            _enter(turn, day, state.step, state)
            return [_ask(turn, state.step, _view(turn, day), preface)]
        if day == today:
            return [_ask(turn, DONE, _view(turn, day))]
    offer_yesterday = (
        which != "today"
        and turn.local_now.hour < YESTERDAY_UNTIL_HOUR
        and load_card(turn.db, turn.user_id, yesterday).is_empty()
    )
    reply = _open(turn, today, "")
    if not offer_yesterday:
        return [reply]
    # One reply, so platforms showing only the latest buttons keep the card's buttons.
    return [
        reply.model_copy(
            update={
                "text": reply.text + "\n(Yesterday's card is empty; it stays open until noon.)",
                "buttons": (
                    *reply.buttons,
                    (Button(label="Yesterday's card instead", data="/diary yesterday"),),
                ),
            }
        )
    ]


def _open(turn: Turn, day: date, preface: str) -> Reply:
    view = _view(turn, day)
    step = _first_open_step(view.card, view.items)
    if step == DONE:
        state = _enter(turn, day, DONE)
        state.active = False
        return _ask(turn, DONE, view, preface)
    if not view.card.is_empty() and not preface:
        preface = "Some of this card is already filled in from what you told me."
    _enter(turn, day, step)
    return _ask(turn, step, view, preface)


def go_to(turn: Turn, step: str, day: date | None = None) -> list[Reply]:
    """/diary go <section>: jump to a section of the open card (to change an answer)."""
    if step not in STEPS:
        return [Reply(text="Sections: emotions, urges, actions, skills, please, note.")]
    _, day, closed = _active_day(turn, day)
    if closed:
        return [Reply(text=closed)]
    _enter(turn, day, step)
    return [_ask(turn, step, _view(turn, day))]


# -- answering -------------------------------------------------------------------------


def _active_day(
    turn: Turn, explicit: date | None = None
) -> tuple[ConversationState | None, date, str | None]:
    """The card an answer goes to, its flow state if open, and why not when it has closed.

    A button names its card's day; typed commands go to the open card, else today's.
    """
    state = get_flow(turn.db, turn.user_id, FLOW)
    state_day = _state_day(state)
    if explicit is not None:
        if not can_fill(explicit, turn):
            return None, explicit, _closed(explicit, turn)
        return (state if state_day == explicit else None), explicit, None
    if state is not None and state_day is not None and can_fill(state_day, turn):
        return state, state_day, None
    return None, turn.local_now.date(), None


def _closed(day: date, turn: Turn) -> str:
    today = turn.local_now.date()
    if day > today:
        return "That card is for a day that hasn't come yet, so I didn't add that."
    which = (
        "Yesterday's card" if day == today - timedelta(days=1) else f"The card for {day:%a %d %b}"
    )
    return (
        f"{which} closed at noon the day after, so I didn't add that. Today's card is open: /diary"
    )


def _store(turn: Turn, view: CardView, update: CardUpdate) -> CardWrite | None:
    context = RecordContext(
        db=turn.db,
        user_id=turn.user_id,
        message_id=turn.message_id,
        at=turn.now,
        local_date=view.card.day,
    )
    return record_card_update(context, update, before=view.card, items=view.items)


def _with_crisis(
    turn: Turn, state: ConversationState, update: CardUpdate, replies: list[Reply]
) -> list[Reply]:
    """Risk in what was just recorded goes through the crisis path first; the card pauses."""
    risk = diary_risk(update.urges, update.actions)
    if risk.level == "none":
        return replies
    first = crisis_replies(turn, risk)  # empty when the message's own level covered it
    state.active = False
    if max(crisis_rank(risk.level), crisis_rank(turn.crisis.level)) >= crisis_rank("high"):
        return first  # the fixed reply stands alone; the answer is kept quietly
    return [
        *first,
        Reply(
            text="I've saved that on your card. The rest of the card can wait: /diary picks "
            "it up whenever you're ready."
        ),
    ]


def _acknowledge(written: CardWrite | None) -> str:
    if written is None:
        return ""
    text = "Saved: " + "; ".join(written.changes) + "."
    if 0 < written.update.urges.get("suicide", 0) < STRONG_URGE:
        text += (
            " Thank you for writing that down. If the urge gets stronger, tell me any time "
            "and I'll share people you can talk to."
        )
    return text


def _rest_zero(view: CardView, step: str) -> CardUpdate:
    kind: ItemKind = "emotion" if step == "emotions" else "urge"
    values = view.card.emotions if kind == "emotion" else view.card.urges
    zeros = {item.key: 0 for item in view.items.active(kind) if item.key not in values}
    return CardUpdate(emotions=zeros) if kind == "emotion" else CardUpdate(urges=zeros)


def _step_complete(step: str, card: DiaryCard, items: CardItems) -> bool:
    if step == "emotions":
        return all(item.key in card.emotions for item in items.active("emotion"))
    if step == "urges":
        return all(item.key in card.urges for item in items.active("urge"))
    if step == "actions":
        return all(key in card.actions for key in card.urges_present())
    if step == "skills":
        return card.skills_rating is not None
    if step == "please":
        return all(key in card.please for key in PLEASE_ITEMS)
    return False


def _apply(
    turn: Turn,
    state: ConversationState,
    view: CardView,
    step: str,
    update: CardUpdate,
    *,
    finishes_step: bool,
) -> list[Reply]:
    """Record ``update``; then ask the same step again or move on."""
    written = _store(turn, view, update)
    if written is not None:
        view = replace(view, card=written.after)
    ack = _acknowledge(written)
    if finishes_step or _step_complete(step, view.card, view.items):
        reply = _advance(turn, state, view, step, ack)
    else:
        move_to(state, step, turn.now)
        reply = _ask(turn, step, view, ack)
    return _with_crisis(turn, state, update, [reply])


def _control(
    turn: Turn, state: ConversationState, view: CardView, step: str, answer: Answer
) -> list[Reply]:
    if answer.control == "skip":
        return [_advance(turn, state, view, step, "Skipped.")]
    if answer.control == "rest_zero" and step in ("emotions", "urges"):
        update = _rest_zero(view, step)
        if update.is_empty():
            return [_advance(turn, state, view, step, "")]
        return _apply(turn, state, view, step, update, finishes_step=True)
    if answer.control in ("none_acted", "acted_yes") and step == "actions":
        present = view.card.urges_present()
        if answer.control == "acted_yes":  # "yes" with one urge on the card
            answers = dict.fromkeys(present, True)
        else:  # "didn't act on any": the ones not answered yet
            answers = {key: False for key in present if key not in view.card.actions}
        if not answers:
            return [_advance(turn, state, view, step, "")]
        return _apply(turn, state, view, step, CardUpdate(actions=answers), finishes_step=True)
    return [_ask(turn, step, view)]


def press(turn: Turn, verb: str, args: list[str], day: date | None = None) -> list[Reply]:
    """A button (or its typed command): set, acted, skill, rate, please, next, skip."""
    state, day, closed = _active_day(turn, day)
    if closed:
        return [Reply(text=closed)]
    state = _enter(turn, day, state.step if state is not None else "emotions", state)
    step = state.step if state.step in STEPS else "emotions"
    view = _view(turn, day)
    items = view.items.by_key()

    if verb == "set" and len(args) == 2 and args[1].isdigit():
        key, value = args[0], int(args[1])
        item = items.get(key)
        if item is None:
            return [Reply(text="That isn't an item on your card; /diary shows it.")]
        if not 0 <= value <= 5:
            return [Reply(text="Ratings on the card go from 0 to 5.")]
        update = (
            CardUpdate(emotions={key: value})
            if item.kind == "emotion"
            else CardUpdate(urges={key: value})
        )
        section = "emotions" if item.kind == "emotion" else "urges"
        return _apply(turn, state, view, section, update, finishes_step=False)
    if verb == "acted" and args == ["none"]:
        return _control(turn, state, view, "actions", Answer(control="none_acted"))
    if verb == "acted" and len(args) == 2 and args[1] in ("yes", "no") and args[0] in items:
        update = CardUpdate(actions={args[0]: args[1] == "yes"})
        return _apply(turn, state, view, "actions", update, finishes_step=False)
    if verb == "skill" and len(args) == 1:
        update = CardUpdate.build(skills=[args[0]])
        return _apply(turn, state, view, "skills", update, finishes_step=False)
    if verb == "rate" and len(args) == 1 and args[0].isdigit() and int(args[0]) <= 7:
        update = CardUpdate(skills_rating=int(args[0]))
        return _apply(turn, state, view, "skills", update, finishes_step=True)
    if verb == "please":
        update = _please_update(view.card, args)
        if update is None:
            return [Reply(text="I didn't understand that PLEASE answer; /diary shows the buttons.")]
        return _apply(turn, state, view, "please", update, finishes_step=False)
    if verb == "next" and step in ("emotions", "urges"):
        return _control(turn, state, view, step, Answer(control="rest_zero"))
    if verb in ("next", "skip"):
        return _control(turn, state, view, step, Answer(control="skip"))
    return [Reply(text="I didn't understand that diary button. /diary shows the card.")]


def _please_update(card: DiaryCard, args: list[str]) -> CardUpdate | None:
    if args == ["ok"]:  # fills what is unanswered; once all are, it sets them all again
        missing = {key: value for key, value in ALL_ON_TRACK.items() if key not in card.please}
        return CardUpdate.build(please=missing or dict(ALL_ON_TRACK))
    if len(args) != 2:
        return None
    key, raw = args
    values = {"yes": True, "no": False, "na": "n/a"}
    if key in ("sleep_hours", "exercise_minutes"):
        try:
            value: object = float(raw) if key == "sleep_hours" else int(raw)
        except ValueError:
            return None
    else:
        value = values.get(raw)
    update = CardUpdate.build(please={key: value})
    return None if update.is_empty() else update


def add_note(turn: Turn, text: str, day: date | None = None) -> list[Reply]:
    """/diary note TEXT: a note on the open card (or today's)."""
    state, day, closed = _active_day(turn, day)
    if closed:
        return [Reply(text=closed)]
    update = CardUpdate.build(note=text)
    if update.is_empty():
        return [
            Reply(text="Write the note after the command: /diary note slept badly, exam tomorrow")
        ]
    state = _enter(turn, day, state.step if state is not None else "note", state)
    view = _view(turn, day)
    return _apply(turn, state, view, "note", update, finishes_step=state.step == "note")


def answer(turn: Turn, state: ConversationState) -> list[Reply] | None:
    """A typed answer while the card is open; None when it is not an answer (other talk)."""
    day = _state_day(state)
    if day is None or state.step == DONE:
        return None
    if not can_fill(day, turn):
        state.active = False
        return None  # yesterday's card closed: the text is read as ordinary conversation
    step = state.step
    view = _view(turn, day)
    reading = read_answer(turn.text, step, view.items, view.card.urges_present())
    if reading.control is not None:
        return _control(turn, state, view, step, reading)
    if not reading.understood:
        if len(turn.text.split()) > 8:
            return None
        return [
            _ask(
                turn, step, view, "I didn't catch that. Tap a button, type e.g. 'sad 3', or 'skip'."
            )
        ]
    # A typed answer covering the step is taken as the whole answer for it.
    covers = {
        "emotions": bool(reading.update.emotions),
        "urges": bool(reading.update.urges),
        "actions": bool(reading.update.actions),
        "skills": reading.update.skills_rating is not None,
        "please": False,
        "note": True,
    }
    return _apply(turn, state, view, step, reading.update, finishes_step=covers.get(step, False))


def typed_line(turn: Turn, text: str) -> list[Reply] | None:
    """/diary sad 3, used TIPP: a diary line for the open card (or today's); None if unread."""
    state, day, _ = _active_day(turn)
    step = state.step if state is not None and state.step in STEPS else "line"
    view = _view(turn, day)
    reading = read_answer(text, step, view.items, view.card.urges_present())
    if reading.update.is_empty():
        return None
    step = state.step if state is not None else _first_open_step(view.card, view.items)
    state = _enter(turn, day, step, state)
    current = state.step if state.step in STEPS else "emotions"
    return _apply(turn, state, view, current, reading.update, finishes_step=False)
