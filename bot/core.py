"""The platform-agnostic core: one incoming message in, replies out.

Order on every message, never changed:
1. clean the text and run the offline crisis rules (pure CPU, no I/O);
2. store the raw message and log it;
3. if there is risk, send the fixed crisis reply at once;
4. understand free text;
5. record the crisis, handle the command, flow answer or free text, write the records, mark
   the message processed;
6. produce the reply (an LLM may be asked here, outside any transaction), log it, send it.
When a provider understands the text (it may call the network), step 2 is committed on its own
and steps 4-5 run in a second transaction, so no transaction stays open across the call. With
the offline engine, steps 2-5 share one transaction (one commit instead of two); a failure in
4-5 rolls it back and the message is stored again on its own. Either way a failure after step 2
leaves the message stored and marked failed, and the person is told; the platform is
acknowledged once the message is committed.

Several processes may share one PostgreSQL database: one person's messages are handled by one
worker at a time (an advisory lock), a message stored twice is one row, and a message is
marked processed once, so nothing is recorded or answered twice.
"""

from __future__ import annotations

import logging
import time as monotonic
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from bot.commands import CommandRegistry, default_commands
from bot.commands.registry import looks_like_command, parse_command
from bot.companion import Companion, OfflineCompanion, ReplyPlan, offline_replies
from bot.conversations import intake
from bot.conversations.flows import FLOW_HANDLERS, FLOWS_THAT_HANDLE_RISK
from bot.conversations.state import active_flow, get_flow, pause_all
from bot.crisis.detector import assess_text, prepare_detector
from bot.crisis.path import CrisisPath, SafetyPath
from bot.crisis.recent_countries import RecentCountries
from bot.crisis.responder import CrisisAudience, contact_line, immediate_replies
from bot.diary.risk import with_diary_risk
from bot.input_text import clean_message_text
from bot.locks import KeyedLocks
from bot.messages import IncomingMessage, Reply
from bot.records.describe import describe
from bot.records.writer import RecordContext, write_analysis
from bot.safe_logging import describe_failure
from bot.sessions import append_log, current_session
from bot.settings import Settings
from bot.skills.companion import SkillSuggestingCompanion
from bot.turn import Turn
from bot.understanding.models import Analysis, CrisisAssessment
from bot.understanding.offline import analyze_offline
from bot.users import country_of, resolve_person, zone_of
from bot.vocabulary import CrisisLevel, crisis_rank
from storage.db import Database
from storage.direct import DirectStatement
from storage.inserts import insert_unless_exists
from storage.models import ChatSession, PersonalitySettings, Profile, RawMessage

log = logging.getLogger("sanctum.core")

# Built once, on the table, and run directly (``storage/direct.py``): a single-row status
# change needs none of the ORM's bulk-update machinery (which would search the session for
# the row).
_RAW = RawMessage.__table__
_UNPROCESSED = (_RAW.c.id == bindparam("message_id")) & (_RAW.c.status != "processed")
_MARK_PROCESSED = DirectStatement(
    update(_RAW)
    .where(_UNPROCESSED)
    .values(status="processed", processed_at=bindparam("at"), failure=None),
    ("message_id", "at"),
)
_MARK_FAILED = DirectStatement(
    update(_RAW).where(_UNPROCESSED).values(status="failed", failure=bindparam("reason")),
    ("message_id", "reason"),
)

ReplySink = Callable[[Reply], None]
StoredSignal = Callable[[], None]
Understand = Callable[[str, datetime | None], Analysis]

EMPTY_MESSAGE = "I got an empty message. Write to me in words, or see /help."
BINARY_MESSAGE = (
    "That looked like a file or binary data rather than text, so I didn't keep it. "
    "I can read text messages; /help shows what I can do."
)
STORE_FAILED = (
    "I couldn't save that message because of a problem on my side. Please send it again "
    "in a minute."
)
PROCESSING_FAILED = (
    "Something went wrong on my side while I was reading that. Your message is saved, so "
    "nothing is lost; I'll look at it again. You can also try again."
)
GROUP_POINTER = (
    "I keep personal things out of group chats. Please message me privately and I'll be there."
)
LONG_MESSAGE_NOTE = (
    "That was a long message: I kept all of it in your log, and recorded from the first part."
)
SETUP_HINT = "(Setup is paused; /start continues it whenever you like.)"
NEW_USER_HINT = (
    "I'm Sanctum, a companion for tracking moods and getting through hard moments. "
    "/start sets me up in about two minutes."
)


@dataclass(frozen=True)
class _Stored:
    user_id: int
    message_id: int
    already_processed: bool
    is_new_user: bool
    in_flow: bool
    assessment: CrisisAssessment  # the rules' level, raised by the person's own phrases
    audience: CrisisAudience
    profile: Profile
    personality: PersonalitySettings
    chat_session: ChatSession


def _not_sent_already(
    replies: list[Reply],
    message: IncomingMessage,
    assessment: CrisisAssessment,
    audience: CrisisAudience,
) -> list[Reply]:
    """The crisis replies still to send when the adapter layer answered this level already:
    only the offer to tell a contact, which needed the database."""
    answered = message.crisis_answered
    if answered is None or crisis_rank(assessment.level) > crisis_rank(answered):
        return replies
    offer = contact_line(audience)
    return [Reply(text=offer, urgent=True)] if replies and offer else []


_Instance = TypeVar("_Instance")


def _held(db: Session, instance: _Instance) -> _Instance:
    """``instance`` as this session holds it: itself when stored in the same transaction,
    else merged in (stored by an earlier one) without a query."""
    return instance if instance in db else db.merge(instance, load=False)


@dataclass(frozen=True)
class _Arrival:
    """One private message on its way through the pipeline."""

    message: IncomingMessage
    text: str  # cleaned
    now: datetime  # when it was sent, in UTC
    assessment: CrisisAssessment  # the offline rules' reading
    send: ReplySink
    on_stored: StoredSignal


class _HandledElsewhere(Exception):
    """Another worker marked this message processed first: this one's work is discarded."""


class Core:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        understand: Understand = analyze_offline,
        companion: Companion | None = None,
        commands: CommandRegistry | None = None,
        crisis_path: CrisisPath | None = None,
        understanding_is_local: bool | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.understand = understand
        self.companion = SkillSuggestingCompanion(companion or OfflineCompanion())
        self.commands = commands or default_commands()
        self.crisis_path = crisis_path or SafetyPath(settings)
        # Understanding that calls no network may share the storing transaction.
        self.understanding_is_local = (
            understand is analyze_offline
            if understanding_is_local is None
            else understanding_is_local
        )
        # No provider: nothing a message does waits on a model's network call (a worker
        # process on SQLite then runs one thread; more would only take turns at the
        # interpreter lock).
        self.works_offline = self.understanding_is_local and (
            companion is None or isinstance(companion, OfflineCompanion)
        )
        self._locks = KeyedLocks()
        self._countries = RecentCountries()
        prepare_detector()

    def recent_country(self, person: tuple[str, str]) -> str | None:
        """The country ``person`` (platform, platform user id) had set, as last seen here."""
        return self._countries.get(person)

    def remember_country(self, person: tuple[str, str], country: str) -> None:
        """Learn a person's country seen elsewhere (by a core in a worker process)."""
        self._countries.remember(person, country)

    # -- the pipeline -------------------------------------------------------------------

    def answer_crisis_now(self, message: IncomingMessage) -> tuple[CrisisLevel, list[Reply]]:
        """The fixed crisis reply for a message that cannot be handled yet (the person's
        previous message is still being answered, perhaps by a slow model, or every worker is
        busy): the offline rules and the helplines of the person's country, as last seen, with
        no database, lock or network. The level found, and no replies when it is "none".

        The caller sends these at once and passes the message on with ``crisis_answered`` set,
        so the core does not repeat them; it still adds the offer to tell a contact.
        """
        if message.chat_kind != "private":
            return "none", []  # a group message is answered without waiting anyway
        assessment = assess_text(clean_message_text(message.text).text)
        if assessment.level == "none":
            return "none", []
        person = (message.platform, message.platform_user_id)
        country = self._countries.get(person) or country_of(None, self.settings)
        return assessment.level, immediate_replies(assessment, CrisisAudience(country, None))

    def would_wait(self, message: IncomingMessage) -> bool:
        """Whether the message would wait for something other than its chat's previous
        message or a free bridge thread (never here: the bridge's threads run this core)."""
        return False

    def handle(
        self,
        message: IncomingMessage,
        emit: ReplySink | None = None,
        *,
        on_stored: StoredSignal | None = None,
    ) -> list[Reply]:
        """Handle one message; ``emit`` receives each reply as soon as it is ready.

        ``on_stored`` is called once the message is safely stored (or was already, or needs no
        storing), never when storing failed: adapters acknowledge the platform only then, so a
        message that was not stored is delivered again.
        """
        replies: list[Reply] = []
        acknowledge = on_stored or _nothing

        def send(reply: Reply) -> None:
            replies.append(reply)
            if emit is not None:
                emit(reply)

        cleaned = clean_message_text(message.text)
        assessment = assess_text(cleaned.text)
        if not cleaned.text:
            acknowledge()
            send(Reply(text=EMPTY_MESSAGE))
            return replies
        if cleaned.looked_binary and assessment.level == "none":
            acknowledge()
            send(Reply(text=BINARY_MESSAGE))
            return replies
        if message.chat_kind == "group":
            acknowledge()
            for reply in immediate_replies(assessment, CrisisAudience(None, None)):
                send(reply)
            send(Reply(text=GROUP_POINTER))
            return replies

        person = (message.platform, message.platform_user_id)
        with self._locks.for_key(person), self.db.exclusive("person:" + ":".join(person)):
            self._handle_private(message, cleaned.text, assessment, send, acknowledge)
        return replies

    def _handle_private(
        self,
        message: IncomingMessage,
        text: str,
        assessment: CrisisAssessment,
        send: ReplySink,
        on_stored: StoredSignal,
    ) -> None:
        started = monotonic.perf_counter()
        now = message.sent_at.astimezone(UTC)
        arrival = _Arrival(message, text, now, assessment, send, on_stored)
        handled = (
            self._in_one_transaction(arrival)
            if self.understanding_is_local
            else self._in_two_transactions(arrival)
        )
        if handled is None:
            return
        plan, stored = handled
        answers = plan.ready if plan.ready is not None else self._produce(plan, stored, now)
        for reply in answers:
            send(reply)
        log.debug(
            "message %s handled in %.1f ms",
            stored.message_id,
            (monotonic.perf_counter() - started) * 1000,
        )

    def _in_one_transaction(self, arrival: _Arrival) -> tuple[ReplyPlan, _Stored] | None:
        """Understanding needs no network: storing and processing share one transaction and
        one commit. A failure in processing rolls all of it back, then the message is stored
        again on its own and marked failed (rare, so cheaper than a savepoint every time). The
        platform is acknowledged once the message is committed."""
        message, text, now, send = arrival.message, arrival.text, arrival.now, arrival.send
        crisis_sent = False
        failure: Exception | None = None
        plan: ReplyPlan | None = None
        try:
            with self.db.session() as db:
                stored = self._store(db, message, text, now, arrival.assessment)
                if stored is not None and not stored.already_processed:
                    crisis_replies = self._send_crisis_replies(message, stored, send)
                    crisis_sent = bool(crisis_replies)
                    try:
                        analysis, level, sent = self._read(stored, text, now, crisis_replies, send)
                        plan = self._process(db, stored, text, now, level, sent, analysis)
                    except _HandledElsewhere:
                        plan = None
                    except Exception as error:
                        failure = error
                if failure is None:
                    db.commit()
                else:
                    db.rollback()
            if failure is not None:
                self._store_failed(arrival, failure)
        except Exception as error:
            self._tell_store_failed(error, arrival.assessment, send, crisis_sent=crisis_sent)
            return None
        arrival.on_stored()
        if failure is not None:
            send(Reply(text=PROCESSING_FAILED))
            return None
        if stored is None or plan is None:
            return None
        return plan, stored

    def _store_failed(self, arrival: _Arrival, failure: Exception) -> None:
        """Store the message again, on its own, marked failed (its processing was rolled back
        with it): kept and logged for a later replay."""
        with self.db.session() as db:
            stored = self._store(db, arrival.message, arrival.text, arrival.now, arrival.assessment)
            if stored is not None:
                log.error("message %s failed: %s", stored.message_id, describe_failure(failure))
                _MARK_FAILED.execute(
                    db, {"message_id": stored.message_id, "reason": type(failure).__name__}
                )
            db.commit()

    def _in_two_transactions(self, arrival: _Arrival) -> tuple[ReplyPlan, _Stored] | None:
        """A provider may call the network to understand: the message is stored and committed
        first, so no transaction stays open across the call."""
        message, text, now, send = arrival.message, arrival.text, arrival.now, arrival.send
        try:
            with self.db.session() as db:
                stored = self._store(db, message, text, now, arrival.assessment)
                db.commit()
        except Exception as error:
            self._tell_store_failed(error, arrival.assessment, send, crisis_sent=False)
            return None
        arrival.on_stored()
        if stored is None or stored.already_processed:
            return None
        crisis_replies = self._send_crisis_replies(message, stored, send)
        try:
            analysis, level, sent = self._read(stored, text, now, crisis_replies, send)
            with self.db.session() as db:
                plan = self._process(db, stored, text, now, level, sent, analysis)
                db.commit()
        except _HandledElsewhere:
            return None
        except Exception as error:
            log.error("message %s failed: %s", stored.message_id, describe_failure(error))
            self._mark_failed(stored.message_id, type(error).__name__)
            send(Reply(text=PROCESSING_FAILED))
            return None
        return plan, stored

    @staticmethod
    def _tell_store_failed(
        error: Exception, assessment: CrisisAssessment, send: ReplySink, *, crisis_sent: bool
    ) -> None:
        log.error("storing a message failed: %s", describe_failure(error))
        if not crisis_sent:
            for reply in immediate_replies(assessment, CrisisAudience(None, None)):
                send(reply)
        send(Reply(text=STORE_FAILED))

    def _send_crisis_replies(
        self, message: IncomingMessage, stored: _Stored, send: ReplySink
    ) -> list[Reply]:
        """The fixed crisis reply for the level found, sent at once; what it was."""
        self._countries.remember(
            (message.platform, message.platform_user_id), country_of(stored.profile, self.settings)
        )
        crisis_replies = immediate_replies(stored.assessment, stored.audience)
        for reply in _not_sent_already(crisis_replies, message, stored.assessment, stored.audience):
            send(reply)
        return crisis_replies

    def _read(
        self,
        stored: _Stored,
        text: str,
        now: datetime,
        crisis_replies: list[Reply],
        send: ReplySink,
    ) -> tuple[Analysis | None, CrisisAssessment, list[Reply]]:
        """Understand free text (a provider may call the network: no transaction may be open
        unless understanding is local); the level, raised if the provider found more, and the
        crisis replies sent so far."""
        assessment = stored.assessment
        serious = crisis_rank(assessment.level) >= crisis_rank("moderate")
        if looks_like_command(text) or (stored.in_flow and not serious):
            return None, assessment, crisis_replies
        analysis = self._understand(text, now, stored)
        raised = self._raised_by_provider(assessment, analysis.crisis)
        if raised is not None:
            assessment = raised
            extra = immediate_replies(assessment, stored.audience)
            for reply in extra:
                send(reply)
            crisis_replies = [*crisis_replies, *extra]
        return analysis, assessment, crisis_replies

    def _understand(self, text: str, now: datetime, stored: _Stored) -> Analysis:
        local_time = now.astimezone(zone_of(stored.profile, self.settings))
        return with_diary_risk(self.understand(text[: self.settings.max_message_chars], local_time))

    @staticmethod
    def _raised_by_provider(
        rules: CrisisAssessment, provider: CrisisAssessment
    ) -> CrisisAssessment | None:
        """A provider may raise the level the rules found, never lower it."""
        if crisis_rank(provider.level) <= crisis_rank(rules.level):
            return None
        return CrisisAssessment(
            level=provider.level,
            signals=list(dict.fromkeys([*rules.signals, *provider.signals])),
        )

    def _process(
        self,
        db: Session,
        stored: _Stored,
        text: str,
        now: datetime,
        assessment: CrisisAssessment,
        crisis_replies: list[Reply],
        analysis: Analysis | None,
    ) -> ReplyPlan:
        turn = Turn(
            db=db,
            settings=self.settings,
            user_id=stored.user_id,
            profile=_held(db, stored.profile),
            chat_session=_held(db, stored.chat_session),
            message_id=stored.message_id,
            text=text,
            now=now,
            crisis=assessment,
            first_message=stored.is_new_user,
            crisis_reply_sent=bool(crisis_replies),
            may_be_in_flow=stored.in_flow,
        )
        turn.personality = _held(db, stored.personality)
        turn.escalate = lambda found: self._escalate(turn, found)
        for reply in crisis_replies:
            append_log(db, turn.chat_session, role="bot", kind="crisis", text=reply.text, at=now)
        follow_ups = (
            self.crisis_path.record(turn, assessment, crisis_replies)
            if assessment.level != "none"
            else []
        )
        plan = self._respond(turn, analysis)
        if follow_ups:
            plan = _with_leading(plan, follow_ups)
        if turn.user_forgotten:
            return plan
        concern = self.crisis_path.review_day(turn)  # the day's pattern, once records exist
        if concern:
            plan = _with_trailing(plan, concern)
        if plan.ready is not None:
            for reply in plan.ready:
                kind = "crisis" if reply.urgent else "reply"
                append_log(db, turn.chat_session, role="bot", kind=kind, text=reply.text, at=now)
        if _MARK_PROCESSED.execute(db, {"message_id": stored.message_id, "at": now}) == 0:
            raise _HandledElsewhere
        return plan

    def _escalate(self, turn: Turn, found: CrisisAssessment) -> list[Reply]:
        """Risk found while handling the message (a diary rating): run the crisis path now.

        Returns the fixed reply and the path's follow-ups, to be sent before anything else;
        nothing when the message's own level already covered it.
        """
        if crisis_rank(found.level) <= crisis_rank(turn.crisis.level):
            return []
        raised = CrisisAssessment(
            level=found.level,
            signals=list(dict.fromkeys([*turn.crisis.signals, *found.signals])),
        )
        audience = self.crisis_path.audience(turn.db, turn.user_id, turn.profile, raised, turn.now)
        sent = immediate_replies(raised, audience)
        turn.crisis = raised
        turn.crisis_reply_sent = True
        return [*sent, *self.crisis_path.record(turn, raised, sent)]

    def _produce(self, plan: ReplyPlan, stored: _Stored, now: datetime) -> list[Reply]:
        """Run the plan's later step (no transaction open), then log what it made."""
        try:
            answers = plan.generate() if plan.generate else list(plan.fallback)
        except Exception as error:
            log.warning("reply generation failed: %s", describe_failure(error))
            answers = list(plan.fallback)
        try:
            with self.db.session() as db:
                chat_session = db.merge(stored.chat_session, load=False)
                for reply in answers:
                    append_log(db, chat_session, role="bot", kind="reply", text=reply.text, at=now)
                db.commit()
        except Exception as error:  # the records are committed; only the log line is missing
            log.error("logging replies failed: %s", describe_failure(error))
        return answers

    def _store(
        self,
        db: Session,
        message: IncomingMessage,
        text: str,
        now: datetime,
        assessment: CrisisAssessment,
    ) -> _Stored | None:
        """Store the message; None when another worker stored it a moment ago."""
        person = resolve_person(db, message.platform, message.platform_user_id, now)
        user_id, profile = person.user_id, person.profile
        message_id = insert_unless_exists(
            db,
            RawMessage,
            user_id=user_id,
            platform=message.platform,
            platform_message_id=message.platform_message_id,
            received_at=now,
            text=text,
            status="received",
        )
        replayed = message_id is None
        status = "received"
        if replayed:  # the platform delivered it again: handle it unless that already happened
            earlier = db.execute(
                select(RawMessage.id, RawMessage.status).where(
                    RawMessage.user_id == user_id,
                    RawMessage.platform == message.platform,
                    RawMessage.platform_message_id == message.platform_message_id,
                )
            ).first()
            if earlier is None:
                return None
            message_id, status = earlier
        chat_session = current_session(db, user_id, now, self.settings.session_idle_minutes)
        if not replayed:
            append_log(
                db,
                chat_session,
                role="user",
                kind="command" if looks_like_command(text) else "message",
                text=text,
                at=now,
                message_id=message_id,
            )
        phrases = tuple(person.personality.crisis_phrases or ())
        if phrases:
            personal = assess_text(text, phrases)
            if crisis_rank(personal.level) > crisis_rank(assessment.level):
                assessment = CrisisAssessment(
                    level=personal.level,
                    signals=list(dict.fromkeys([*assessment.signals, *personal.signals])),
                )
        audience = (
            self.crisis_path.audience(db, user_id, profile, assessment, now)
            if assessment.level != "none"
            else CrisisAudience(None, None)
        )
        in_flow = person.has_active_flow and active_flow(db, user_id, now) is not None
        db.flush()
        return _Stored(
            user_id=user_id,
            message_id=message_id,
            already_processed=replayed and status == "processed",
            is_new_user=person.created,
            in_flow=in_flow,
            assessment=assessment,
            audience=audience,
            profile=profile,
            personality=person.personality,
            chat_session=chat_session,
        )

    def _mark_failed(self, message_id: int, failure: str) -> None:
        try:
            with self.db.session() as db:
                _MARK_FAILED.execute(db, {"message_id": message_id, "reason": failure[:64]})
                db.commit()
        except Exception as error:  # the message stays "received" and is retried later
            log.error(
                "marking message %s failed also failed: %s", message_id, describe_failure(error)
            )

    # -- understanding ------------------------------------------------------------------

    def _respond(self, turn: Turn, analysis: Analysis | None) -> ReplyPlan:
        serious = crisis_rank(turn.crisis.level) >= crisis_rank("moderate")
        if looks_like_command(turn.text):
            return self._command(turn)
        answered = self.crisis_path.answer(turn)  # "yes" to "may I tell NAME?", a contact's STOP
        if answered is not None:
            return ReplyPlan.now(answered)
        state = active_flow(turn.db, turn.user_id, turn.now) if turn.may_be_in_flow else None
        if state is not None and serious and state.flow not in FLOWS_THAT_HANDLE_RISK:
            pause_all(turn.db, turn.user_id)  # no setup questions after a crisis message
            state = None
        hint = ""
        if state is not None:
            handler = FLOW_HANDLERS.get(state.flow)
            answer = handler(turn, state) if handler else None
            if answer is not None:
                return ReplyPlan.now(answer)
            pause_all(turn.db, turn.user_id)
            hint = SETUP_HINT if state.flow == intake.FLOW else ""
        if analysis is None:
            # A flow declined the text, so read it as ordinary conversation. The offline engine,
            # because no network call may happen while this transaction is open.
            analysis = with_diary_risk(
                analyze_offline(turn.text[: self.settings.max_message_chars], turn.local_now)
            )
        first_contact = turn.first_message and self._intake_never_started(turn)
        return self._free_text(turn, analysis, hint, new_user=first_contact)

    def _command(self, turn: Turn) -> ReplyPlan:
        parsed = parse_command(turn.text)
        name = parsed[0] if parsed else ""
        paused_setup = False
        if turn.may_be_in_flow and name not in ("start", "cancel", "forget", "help"):
            state = active_flow(turn.db, turn.user_id, turn.now)
            if state is not None:
                pause_all(turn.db, turn.user_id)
                paused_setup = state.flow == intake.FLOW
        result = self.commands.dispatch(turn, turn.text)
        notes = [SETUP_HINT] if paused_setup else []
        if isinstance(result, ReplyPlan):  # slow work (drawing a chart) runs after the commit
            return _plan_with_notes(result, notes)
        return ReplyPlan.now(_with_notes(result, notes))

    def _intake_never_started(self, turn: Turn) -> bool:
        return (
            turn.profile.intake_completed_at is None
            and get_flow(turn.db, turn.user_id, intake.FLOW) is None
        )

    def _free_text(self, turn: Turn, analysis: Analysis, hint: str, *, new_user: bool) -> ReplyPlan:
        # Understood inside a flow, the provider's level was not seen before: it may raise.
        lead = self._escalate(turn, analysis.crisis)
        if crisis_rank(turn.crisis.level) > crisis_rank(analysis.crisis.level):
            analysis = analysis.model_copy(update={"crisis": turn.crisis})
        plan = self._free_text_plan(turn, analysis, hint, new_user=new_user)
        return _with_leading(plan, lead) if lead else plan

    def _free_text_plan(
        self, turn: Turn, analysis: Analysis, hint: str, *, new_user: bool
    ) -> ReplyPlan:
        records = write_analysis(RecordContext.for_turn(turn), analysis)
        if turn.crisis_reply_sent and crisis_rank(turn.crisis.level) >= crisis_rank("high"):
            return ReplyPlan.now([])  # the fixed crisis reply stands alone; records kept quietly
        if new_user and analysis.intent == "greeting" and not records:
            return ReplyPlan.now(intake.begin(turn, ""))
        notes = [note for note in (hint, NEW_USER_HINT if new_user else "") if note]
        if len(turn.text) > self.settings.max_message_chars:
            notes.insert(0, LONG_MESSAGE_NOTE)
        recorded = describe(records)
        plan = self.companion.prepare(turn, analysis, recorded)
        if plan.ready is not None:
            return ReplyPlan.now(_with_notes(plan.ready, notes))
        generate = plan.generate
        return ReplyPlan(
            generate=(lambda: _with_notes(generate(), notes)) if generate else None,
            fallback=_with_notes(plan.fallback or offline_replies(turn, analysis, recorded), notes),
        )


def _nothing() -> None:
    return None


def _with_notes(replies: list[Reply], notes: list[str]) -> list[Reply]:
    """Append short notes to the last reply (hints about setup, long messages)."""
    if not notes or not replies:
        return replies
    last = replies[-1]
    return [*replies[:-1], last.model_copy(update={"text": "\n\n".join([last.text, *notes])})]


def _plan_with_notes(plan: ReplyPlan, notes: list[str]) -> ReplyPlan:
    if not notes:
        return plan
    if plan.ready is not None:
        return ReplyPlan.now(_with_notes(plan.ready, notes))
    generate = plan.generate
    return ReplyPlan(
        generate=(lambda: _with_notes(generate(), notes)) if generate else None,
        fallback=_with_notes(plan.fallback, notes),
    )


def _with_trailing(plan: ReplyPlan, last: list[Reply]) -> ReplyPlan:
    if plan.ready is not None:
        return ReplyPlan.now([*plan.ready, *last])
    generate = plan.generate
    return ReplyPlan(
        generate=(lambda: [*generate(), *last]) if generate else None,
        fallback=[*plan.fallback, *last],
    )


def _with_leading(plan: ReplyPlan, first: list[Reply]) -> ReplyPlan:
    if plan.ready is not None:
        return ReplyPlan.now([*first, *plan.ready])
    generate = plan.generate
    return ReplyPlan(
        generate=(lambda: [*first, *generate()]) if generate else None,
        fallback=[*first, *plan.fallback],
    )
