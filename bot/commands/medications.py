"""/meds: medication list, reminder times and adherence; /med taken|skip: answering a reminder.

/meds                               list, times, adherence over 30 days
/meds add lamotrigine 100mg 08:00 20:00
/meds schedule lamotrigine 08:00 | off
/meds remove lamotrigine
/med taken [reminder | name]        (/med skip ... counts the dose as missed)
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from bot.conversations import checkin
from bot.conversations.intake_answers import parse_times
from bot.conversations.state import enter_flow, get_flow
from bot.medicine_names import same_medicine
from bot.messages import Reply, button_rows
from bot.records.describe import FIX_HINT
from bot.records.writer import RecordContext, write_medication_event
from bot.summaries.adherence import adherence
from bot.turn import Turn
from bot.understanding.models import MedicationEventData
from scheduler.deliveries import delivery_for_user, latest_sent, mark_answered
from scheduler.sync import reschedule_user
from storage.models import Medication, ReminderDelivery

USAGE = (
    "/meds add lamotrigine 100mg 08:00 20:00 · /meds schedule lamotrigine 08:00 (or off) · "
    "/meds remove lamotrigine · /med taken · /med skip"
)
_DOSE = re.compile(
    r"^\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|ug|ml|iu|units?|tabs?|tablets?|drops?)$", re.I
)
_TIME_WORD = re.compile(r"^(?:at|@|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)|and|,)$", re.I)
MAX_TIMES = 8


def handle_meds(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    if not words:
        return [Reply(text=_render(turn))]
    action, rest = words[0].lower(), " ".join(words[1:])
    if action == "add":
        answer = _add(turn, rest)
    elif action in ("schedule", "times", "at"):
        answer = _schedule(turn, rest)
    elif action in ("remove", "stop", "delete"):
        answer = _remove(turn, rest)
    elif action in ("taken", "took", "skip", "skipped"):
        return handle_med(turn, args)
    else:
        return [Reply(text=f"I don't know '/meds {action[:20]}'. {USAGE}")]
    reschedule_user(turn.db, turn.user_id, turn.now, turn.settings)
    return [Reply(text=answer)]


def _active(turn: Turn) -> list[Medication]:
    return list(
        turn.db.scalars(
            select(Medication)
            .where(Medication.user_id == turn.user_id, Medication.active.is_(True))
            .order_by(Medication.id)
        )
    )


def _find(turn: Turn, reference: str) -> Medication | None:
    reference = reference.strip()
    if reference.startswith("#") and reference[1:].isdigit():
        medication = turn.db.get(Medication, int(reference[1:]))
        return medication if medication and medication.user_id == turn.user_id else None
    return next((found for found in _active(turn) if same_medicine(found.name, reference)), None)


def _times(text: str) -> list[str] | None:
    times = parse_times(text)
    if times is None or len(times) > MAX_TIMES:
        return None
    return sorted({f"{at:%H:%M}" for at in times})


def _add(turn: Turn, rest: str) -> str:
    words = rest.split()
    name_words: list[str] = []
    dose: str | None = None
    index = 0
    while index < len(words) and not _TIME_WORD.match(words[index]):
        word = words[index]
        if _DOSE.match(word):
            dose = word
        elif (
            index + 1 < len(words)
            and re.fullmatch(r"\d+(?:[.,]\d+)?", word)
            and _DOSE.match(word + words[index + 1])
        ):
            dose = word + words[index + 1]
            index += 1
        elif dose is None:
            name_words.append(word)
        index += 1
    name = " ".join(name_words).strip(" ,")
    if not name or len(name) > 100:
        return f"Give the medication's name (up to 100 characters). {USAGE}"
    times = _times(" ".join(words[index:])) if index < len(words) else []
    if times is None:
        return "I couldn't read those times; use 24-hour times like 08:00 20:00 (at most 8)."
    if _find(turn, name) is not None:
        return f"{name} is already on your list. /meds schedule {name} 08:00 changes its times."
    turn.db.add(
        Medication(
            user_id=turn.user_id,
            name=name,
            dose=dose[:50] if dose else None,
            schedule=times,
            active=True,
            created_at=turn.now,
        )
    )
    turn.db.flush()
    when = (
        f", reminders at {', '.join(times)}"
        if times
        else " (no reminders: add times with /meds schedule)"
    )
    return f"Added {name}{f' {dose}' if dose else ''}{when}."


def _schedule(turn: Turn, rest: str) -> str:
    match = re.match(r"^(.*?)\s+((?:off|none)|(?:\d.*))$", rest.strip(), re.I)
    if match is None:
        return f"Use /meds schedule <name> 08:00 20:00, or /meds schedule <name> off. {USAGE}"
    medication = _find(turn, match.group(1))
    if medication is None:
        return f"I can't find '{match.group(1)[:40]}' in your medication. /meds lists them."
    if match.group(2).lower() in ("off", "none"):
        medication.schedule = []
        return f"No more reminders for {medication.name}."
    times = _times(match.group(2))
    if not times:
        return "I couldn't read those times; use 24-hour times like 08:00 20:00 (at most 8)."
    medication.schedule = times
    return f"{medication.name}: reminders at {', '.join(times)} ({turn.zone.key})."


def _remove(turn: Turn, rest: str) -> str:
    medication = _find(turn, rest)
    if medication is None:
        return f"I can't find '{rest[:40]}' in your medication. /meds lists them."
    medication.active = False
    return f"Removed {medication.name} from your list; its history stays in your records."


def _render(turn: Turn) -> str:
    medications = _active(turn)
    if not medications:
        return f"No medication on your list yet. {USAGE}"
    since = turn.now - timedelta(days=30)
    lines = ["Your medication (adherence over the last 30 days):"]
    for medication in medications:
        dose = f" {medication.dose}" if medication.dose else ""
        times = ", ".join(medication.schedule or []) or "no reminders"
        score = adherence(turn.db, turn.user_id, since, turn.now, medication.id)
        rate = (
            f"{score.taken}/{score.doses} taken ({score.percent}%)"
            if score.doses
            else "nothing logged yet"
        )
        lines.append(f"• #{medication.id} {medication.name}{dose}: {times} · {rate}")
    total = adherence(turn.db, turn.user_id, since, turn.now)
    if total.doses:
        lines.append(
            f"All together: {total.taken} of {total.doses} doses taken ({total.percent}%)."
        )
    lines.append(USAGE)
    return "\n".join(lines)


# -- answering a reminder -------------------------------------------------------------------


def handle_med(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    if not words or words[0].lower() not in ("taken", "took", "skip", "skipped"):
        return [Reply(text="Use /med taken or /med skip (after a reminder), or /meds.")]
    taken = words[0].lower() in ("taken", "took")
    reference = " ".join(words[1:]).strip()
    delivery: ReminderDelivery | None = None
    medication: Medication | None = None
    if reference.isdigit():
        delivery = delivery_for_user(turn.db, turn.user_id, int(reference))
        if delivery is None or delivery.kind != "medication":
            return [Reply(text="I can't find that medication reminder.")]
        medication = turn.db.get(Medication, delivery.ref_id) if delivery.ref_id else None
    elif reference:
        medication = _find(turn, reference)
        if medication is None:
            return [
                Reply(text=f"I can't find '{reference[:40]}' in your medication. /meds lists them.")
            ]
        delivery = _latest_for(turn, medication.id)
    else:
        delivery = latest_sent(turn.db, turn.user_id, ("medication",), turn.now, unanswered=True)
        if delivery is not None and delivery.ref_id:
            medication = turn.db.get(Medication, delivery.ref_id)
        else:
            active = _active(turn)
            if len(active) != 1:
                return [_which(active, taken)]
            medication = active[0]
    if medication is None:
        return [Reply(text="That medication isn't on your list any more.")]
    if delivery is not None and delivery.answer in ("taken", "skipped", "missed"):
        return [Reply(text=f"Already recorded for that reminder: {delivery.answer}.")]
    written = write_medication_event(
        RecordContext.for_turn(turn),
        MedicationEventData(
            name=medication.name, event="taken" if taken else "missed", dose=medication.dose
        ),
    )
    written.record.medication_id = medication.id  # type: ignore[attr-defined]
    if delivery is not None:
        mark_answered(turn.db, delivery, "taken" if taken else "skipped", turn.now)
    _resume_open_checkin(turn)
    verb = "taken" if taken else "skipped (counted as missed)"
    return [Reply(text=f"I recorded {medication.name} {verb}.\n{FIX_HINT}")]


def _latest_for(turn: Turn, medication_id: int) -> ReminderDelivery | None:
    delivery = latest_sent(turn.db, turn.user_id, ("medication",), turn.now, unanswered=True)
    return delivery if delivery is not None and delivery.ref_id == medication_id else None


def _which(active: list[Medication], taken: bool) -> Reply:
    if not active:
        return Reply(text=f"No medication on your list yet. {USAGE}")
    verb = "taken" if taken else "skip"
    return Reply(
        text="Which one?",
        buttons=button_rows([(m.name[:64], f"/med {verb} #{m.id}") for m in active], 2),
    )


def _resume_open_checkin(turn: Turn) -> None:
    """Answering a medication button pauses an open check-in (commands pause flows); the
    person is usually still answering it, so it is made active again."""
    state = get_flow(turn.db, turn.user_id, checkin.FLOW)
    if state is None or state.active:
        return
    if state.expires_at is not None and state.expires_at <= turn.now:
        return
    enter_flow(
        turn.db,
        turn.user_id,
        checkin.FLOW,
        state.step,
        turn.now,
        data=state.data,
        ttl=state.expires_at - turn.now if state.expires_at else None,
    )
