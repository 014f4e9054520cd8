"""The check-in: mood 0-10, then sleep hours (mornings), anxiety, irritability and energy 0-5.

A reminder opens it (the scheduler enters the flow when the check-in is sent) and so does
/checkin. Each answer is saved at once into one baseline record, so stopping halfway keeps
what was said. Buttons send "/checkin mood 6"; typed answers work too: a number for the
current question, or several labelled values ("mood 6, slept 7h"). "skip" skips a question,
"not now" ends the check-in, "remind me in 30 minutes" snoozes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.conversations.checkin_answers import SCALES, CheckinAnswer, check_value, read_answer
from bot.conversations.state import active_flow, enter_flow, finish, get_flow
from bot.messages import Reply, button_rows
from bot.records.describe import FIX_HINT, describe_baseline
from bot.records.writer import RecordContext, write_baseline
from bot.turn import Turn
from bot.understanding.models import BaselineData
from scheduler.deliveries import delivery_for_user, latest_sent, mark_answered
from scheduler.snooze import describe_blocked, snooze
from storage.models import Baseline, ConversationState, ReminderDelivery

FLOW = "checkin"
# How long typed answers count as check-in answers after the reminder or the last answer.
ANSWER_WINDOW = timedelta(hours=3)
EVENING_FROM_HOUR = 14


@dataclass(frozen=True)
class Question:
    text: str
    options: tuple[tuple[str, str], ...]


def _scale(low: int, high: int) -> tuple[tuple[str, str], ...]:
    return tuple((str(value), str(value)) for value in range(low, high + 1))


QUESTIONS: dict[str, Question] = {
    "mood": Question("How is your mood, from 0 (lowest) to 10 (best)?", _scale(0, 10)),
    "sleep": Question(
        "How many hours did you sleep last night?",
        (("<4", "3"), ("4", "4"), ("5", "5"), ("6", "6"), ("7", "7"), ("8", "8"), ("9+", "9")),
    ),
    "anxiety": Question(
        "How anxious do you feel, from 0 (not at all) to 5 (extremely)?", _scale(0, 5)
    ),
    "irritability": Question("How irritable, from 0 (not at all) to 5 (extremely)?", _scale(0, 5)),
    "energy": Question("How is your energy, from 0 (none) to 5 (plenty)?", _scale(0, 5)),
}
ORDER = {
    "morning": ("mood", "sleep", "anxiety", "irritability", "energy"),
    "evening": ("mood", "anxiety", "irritability", "energy"),
}
_BASELINE_FIELDS = {"sleep": "sleep_hours"}


def kind_for(local_now: datetime) -> str:
    return "evening" if local_now.hour >= EVENING_FROM_HOUR else "morning"


# -- opened by a reminder -----------------------------------------------------------------


def open_after_reminder(db: Session, delivery: ReminderDelivery, now: datetime) -> None:
    """Called when a check-in reminder was sent: typed answers now go to the check-in.

    Another flow the person is in the middle of (setup, a confirmation) is left alone; the
    buttons work either way.
    """
    current = active_flow(db, delivery.user_id, now)
    if current is not None and current.flow != FLOW:
        return
    if current is not None and current.updated_at >= delivery.due_at:
        # Already answering: a button was pressed before this send was recorded (sends are
        # recorded per batch). Link the reminder instead of starting over.
        data = dict(current.data or {})
        if data.get("delivery") is None:
            data["delivery"] = delivery.id
            current.data = data
            if data.get("baseline") is not None:
                mark_answered(db, delivery, "answered", now)
        return
    enter_flow(
        db,
        delivery.user_id,
        FLOW,
        "mood",
        now,
        data=_fresh_data(delivery.variant or "morning", delivery.id),
        ttl=ANSWER_WINDOW,
    )


def _fresh_data(kind: str, delivery_id: int | None) -> dict[str, Any]:
    return {"kind": kind, "delivery": delivery_id, "baseline": None, "done": []}


# -- /checkin and typed answers -----------------------------------------------------------


def begin(turn: Turn, kind: str | None = None) -> list[Reply]:
    """/checkin: start (or restart) a check-in now."""
    state = _new_state(turn, kind)
    return [_ask(state, "mood")]


def handle_command(turn: Turn, args: str) -> list[Reply]:
    """/checkin [mood 6 | skip | stop | morning | evening | labelled values]."""
    words = args.lower().split()
    if not words:
        return begin(turn)
    if words == ["morning"] or words == ["evening"]:
        return begin(turn, words[0])
    state = _state_for_answer(turn)
    if words[0] in ("stop", "done"):
        return _stop(turn, state)
    if words[0] == "skip":
        return _skip(turn, state)
    if len(words) == 2 and words[0] in SCALES:
        try:
            value = float(words[1].replace(",", "."))
        except ValueError:
            return [Reply(text=f"'{words[1][:10]}' isn't a number. {QUESTIONS[words[0]].text}")]
        problem = check_value(words[0], value)
        if problem is not None:
            return [_ask(state, words[0], problem)]
        return _apply(turn, state, CheckinAnswer(values={words[0]: value}))
    parsed = read_answer(args, state.step)
    if parsed is None:
        return [_ask(state, state.step, "I didn't catch that as a check-in answer.")]
    return _apply(turn, state, parsed)


def answer(turn: Turn, state: ConversationState) -> list[Reply] | None:
    """A typed answer while the check-in is active; None when the text is something else."""
    parsed = read_answer(turn.text, state.step)
    if parsed is None:
        return None
    state.expires_at = turn.now + ANSWER_WINDOW
    return _apply(turn, state, parsed)


def _apply(turn: Turn, state: ConversationState, parsed: CheckinAnswer) -> list[Reply]:
    if parsed.snooze_minutes is not None:
        return _snooze(turn, state, parsed.snooze_minutes)
    if parsed.stop:
        return _stop(turn, state)
    if parsed.skip:
        return _skip(turn, state)
    if parsed.values:
        _record(turn, state, parsed.values)
    if parsed.problems:
        field, problem = next(iter(parsed.problems.items()))
        state.step = field
        return [_ask(state, field, problem)]
    return _continue(turn, state)


# -- steps --------------------------------------------------------------------------------


def _new_state(turn: Turn, kind: str | None) -> ConversationState:
    delivery = latest_sent(turn.db, turn.user_id, ("checkin",), turn.now, unanswered=True)
    if kind is None:
        kind = (delivery.variant if delivery else None) or kind_for(turn.local_now)
    linked = delivery.id if delivery is not None and delivery.variant == kind else None
    return enter_flow(
        turn.db,
        turn.user_id,
        FLOW,
        "mood",
        turn.now,
        data=_fresh_data(kind, linked),
        ttl=ANSWER_WINDOW,
    )


def _state_for_answer(turn: Turn) -> ConversationState:
    """The check-in being answered (commands pause flows, so it may be paused), or a new one."""
    state = get_flow(turn.db, turn.user_id, FLOW)
    if state is None or (state.expires_at is not None and state.expires_at <= turn.now):
        return _new_state(turn, None)
    return enter_flow(
        turn.db, turn.user_id, FLOW, state.step, turn.now, data=state.data, ttl=ANSWER_WINDOW
    )


def _record(turn: Turn, state: ConversationState, values: dict[str, float]) -> None:
    data = dict(state.data or {})
    baseline = None
    if data.get("baseline") is not None:
        baseline = turn.db.get(Baseline, data["baseline"])
        if baseline is not None and baseline.user_id != turn.user_id:
            baseline = None
    columns = {_BASELINE_FIELDS.get(name, name): value for name, value in values.items()}
    converted = {
        column: (value if column == "sleep_hours" else int(value))
        for column, value in columns.items()
    }
    if baseline is None:
        written = write_baseline(
            RecordContext(
                db=turn.db,
                user_id=turn.user_id,
                message_id=turn.message_id,
                at=turn.now,
                local_date=turn.local_now.date(),
            ),
            BaselineData(kind=data.get("kind", "morning"), **converted),
        )
        if written is not None:
            data["baseline"] = written.record.id  # type: ignore[attr-defined]
    else:
        for column, value in converted.items():
            setattr(baseline, column, value)
    data["done"] = sorted({*data.get("done", []), *values})
    state.data = data
    _mark_delivery(turn, state, "answered")


def _next_step(state: ConversationState) -> str | None:
    data = state.data or {}
    done = set(data.get("done", []))
    return next((name for name in ORDER[data.get("kind", "morning")] if name not in done), None)


def _continue(turn: Turn, state: ConversationState) -> list[Reply]:
    following = _next_step(state)
    if following is None:
        return _finish(turn, state)
    state.step = following
    state.updated_at = turn.now
    return [_ask(state, following)]


def _skip(turn: Turn, state: ConversationState) -> list[Reply]:
    data = dict(state.data or {})
    data["done"] = sorted({*data.get("done", []), state.step})
    state.data = data
    return _continue(turn, state)


def _stop(turn: Turn, state: ConversationState) -> list[Reply]:
    if (state.data or {}).get("baseline") is not None:
        return _finish(turn, state, "Okay, stopping here.")
    _mark_delivery(turn, state, "skipped")
    finish(turn.db, state)
    return [Reply(text="Okay, no check-in this time. /checkin whenever you want one.")]


def _finish(turn: Turn, state: ConversationState, lead: str = "Thank you.") -> list[Reply]:
    baseline_id = (state.data or {}).get("baseline")
    baseline = turn.db.get(Baseline, baseline_id) if baseline_id is not None else None
    finish(turn.db, state)
    if baseline is None:
        return [Reply(text=f"{lead} Nothing recorded this time.")]
    return [Reply(text=f"{lead} I recorded {describe_baseline(baseline)}.\n{FIX_HINT}")]


def _snooze(turn: Turn, state: ConversationState, minutes: int) -> list[Reply]:
    data = state.data or {}
    delivery = (
        delivery_for_user(turn.db, turn.user_id, data["delivery"])
        if data.get("delivery") is not None
        else None
    )
    result = snooze(
        turn.db,
        turn.user_id,
        turn.now,
        minutes,
        turn.settings,
        kind="checkin",
        variant=data.get("kind", "morning"),
        delivery=delivery,
    )
    finish(turn.db, state)
    if result.blocked is not None:
        return [
            Reply(
                text=f"{describe_blocked(result.blocked)}, so I won't message you at "
                f"{result.local:%H:%M}. /checkin whenever you're ready."
            )
        ]
    return [Reply(text=f"Okay, I'll ask again at {result.local:%H:%M}.")]


def _mark_delivery(turn: Turn, state: ConversationState, answer_value: str) -> None:
    delivery_id = (state.data or {}).get("delivery")
    if delivery_id is None:
        return
    delivery = delivery_for_user(turn.db, turn.user_id, delivery_id)
    if delivery is not None:
        mark_answered(turn.db, delivery, answer_value, turn.now)


def _ask(state: ConversationState, step: str, preface: str = "") -> Reply:
    question = QUESTIONS[step]
    options = [(label, f"/checkin {step} {value}") for label, value in question.options]
    extra = [("Skip", "/checkin skip"), ("Done", "/checkin stop")]
    per_row = 6 if len(options) > 6 else len(options)
    text = f"{preface} {question.text}".strip()
    return Reply(text=text, buttons=(*button_rows(options, per_row), *button_rows(extra, 2)))
