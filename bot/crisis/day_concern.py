"""A day's pattern as a warning sign: many crisis-functionality moments, or many mood changes.

After a message that recorded a mood shift, the user's local day is counted. Several shifts
at functionality "crisis" (``concern_crisis_shifts_per_day``), or more state changes than the
user's own ``daily_state_change_threshold``, open a *concern*: an incident of kind "concern"
with a gentle check-in now and a follow-up due later. No contact is ever alerted for a
concern, and at most one is opened per local day.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import bindparam, case, func, select

from bot.crisis.helplines import helpline_lines_for
from bot.crisis.incidents import log_event, open_incident, start_incident
from bot.dates import local_day_bounds
from bot.messages import Reply
from bot.records.writer import took_mood_shift_note
from bot.turn import Turn
from bot.users import country_of
from prompts import render_prompt
from storage.direct import DirectStatement
from storage.models import CrisisIncident, MoodShift, PersonalitySettings

DEFAULT_STATE_CHANGE_THRESHOLD = 6


# Built once: constructing the statement costs more than running it. State changes and
# crisis-functionality moments in a day, and the user's own threshold.
_DAY_COUNTS = DirectStatement(
    select(
        func.count(MoodShift.id).filter(
            MoodShift.previous_state.is_distinct_from(MoodShift.current_state)
        ),
        func.coalesce(func.sum(case((MoodShift.functionality == "crisis", 1), else_=0)), 0),
        select(PersonalitySettings.daily_state_change_threshold)
        .where(PersonalitySettings.user_id == bindparam("user_id"))
        .scalar_subquery(),
    ).where(
        MoodShift.user_id == bindparam("user_id"),
        MoodShift.occurred_at >= bindparam("start"),
        MoodShift.occurred_at < bindparam("end"),
    ),
    ("user_id", "start", "end"),
)


def review_day(turn: Turn) -> list[Reply]:
    if turn.message_id is None or not took_mood_shift_note(turn.db):
        return []
    start, end = local_day_bounds(turn.local_now.date(), turn.zone)
    turn.db.flush()  # every shift of this transaction counts
    counts = _DAY_COUNTS.first(turn.db, {"user_id": turn.user_id, "start": start, "end": end})
    changes, crisis_moments, threshold = counts or (0, 0, None)
    threshold = threshold if threshold is not None else DEFAULT_STATE_CHANGE_THRESHOLD
    reasons: list[str] = []
    what: list[str] = []
    if crisis_moments >= turn.settings.concern_crisis_shifts_per_day:
        reasons.append("crisis_functionality")
        what.append(f"{crisis_moments} moments when you couldn't function or weren't safe")
    if changes > threshold:
        reasons.append("state_changes")
        what.append(f"{changes} mood changes (more than the {threshold} you set as a lot)")
    if not reasons:
        return []
    already = turn.db.scalar(
        select(CrisisIncident.id).where(
            CrisisIncident.user_id == turn.user_id,
            CrisisIncident.kind == "concern",
            CrisisIncident.opened_at >= start,
        )
    )
    if already is not None:
        return []
    quiet = timedelta(hours=turn.settings.crisis_incident_quiet_hours)
    crisis = open_incident(turn.db, turn.user_id, turn.now, quiet)
    if crisis is not None:  # the crisis path is already looking after this person
        log_event(turn.db, crisis, "concern", turn.now, reasons=reasons)
        return []
    concern = start_incident(turn.db, turn.user_id, "low", turn.now, kind="concern")
    concern.follow_up_due_at = turn.now + timedelta(minutes=turn.settings.crisis_follow_up_minutes)
    log_event(
        turn.db,
        concern,
        "concern",
        turn.now,
        reasons=reasons,
        changes=changes,
        crisis_moments=crisis_moments,
    )
    country = country_of(turn.profile, turn.settings)
    text = render_prompt(
        "crisis/concern.txt", what=" and ".join(what), helplines=helpline_lines_for(country)
    )
    return [Reply(text=text)]
