"""The platform-agnostic core: one incoming message in, replies out.

Order on every message, never changed:
1. clean the text and run the offline crisis rules (pure CPU, no I/O);
2. store the raw message (and log it), so nothing is lost whatever happens next;
3. if there is risk, send the fixed crisis reply at once, then record it;
4. understand the message (command, flow answer or free text) and write the records;
5. reply, log the replies and mark the message processed.
A failure after step 2 leaves the message stored and marked failed, and the person is told.
"""

from __future__ import annotations

import logging
import time as monotonic
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.commands import CommandRegistry, default_commands
from bot.commands.registry import looks_like_command, parse_command
from bot.companion import Companion, OfflineCompanion
from bot.conversations import intake
from bot.conversations.flows import FLOW_HANDLERS
from bot.conversations.state import active_flow, get_flow, pause_all
from bot.crisis.detector import assess_text
from bot.crisis.responder import CrisisAudience, immediate_replies
from bot.input_text import clean_message_text
from bot.locks import KeyedLocks
from bot.messages import IncomingMessage, Reply
from bot.records.describe import describe
from bot.records.writer import RecordContext, write_analysis
from bot.safe_logging import describe_failure
from bot.sessions import append_log, current_session
from bot.settings import Settings
from bot.turn import Turn
from bot.understanding.models import Analysis, CrisisAssessment
from bot.understanding.offline import analyze_offline
from bot.users import load_personality, load_profile, resolve_user
from bot.vocabulary import crisis_rank, max_crisis_level
from storage.db import Database
from storage.models import ChatSession, EmergencyContact, Profile, RawMessage

log = logging.getLogger("sanctum.core")

ReplySink = Callable[[Reply], None]
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
    raw: RawMessage
    already_processed: bool
    is_new_user: bool
    personal_phrases: tuple[str, ...]
    profile: Profile
    chat_session: ChatSession

    @property
    def message_id(self) -> int:
        return self.raw.id


class Core:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        understand: Understand = analyze_offline,
        companion: Companion | None = None,
        commands: CommandRegistry | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.understand = understand
        self.companion = companion or OfflineCompanion()
        self.commands = commands or default_commands()
        self._locks = KeyedLocks()

    # -- the pipeline -------------------------------------------------------------------

    def handle(self, message: IncomingMessage, emit: ReplySink | None = None) -> list[Reply]:
        """Handle one message; ``emit`` receives each reply as soon as it is ready."""
        replies: list[Reply] = []

        def send(reply: Reply) -> None:
            replies.append(reply)
            if emit is not None:
                emit(reply)

        cleaned = clean_message_text(message.text)
        assessment = assess_text(cleaned.text)
        if not cleaned.text:
            send(Reply(text=EMPTY_MESSAGE))
            return replies
        if cleaned.looked_binary and assessment.level == "none":
            send(Reply(text=BINARY_MESSAGE))
            return replies
        if message.chat_kind == "group":
            for reply in immediate_replies(assessment, CrisisAudience(None, None)):
                send(reply)
            send(Reply(text=GROUP_POINTER))
            return replies

        with self._locks.for_key((message.platform, message.platform_user_id)):
            self._handle_private(message, cleaned.text, assessment, send)
        return replies

    def _handle_private(
        self,
        message: IncomingMessage,
        text: str,
        assessment: CrisisAssessment,
        send: ReplySink,
    ) -> None:
        started = monotonic.perf_counter()
        now = message.sent_at.astimezone(UTC)
        # One ORM session, two transactions: the stored message is committed on its own, so
        # nothing that happens afterwards can lose it; loaded rows are reused, not re-read.
        with self.db.session() as db:
            try:
                stored = self._store(db, message, text, now)
                db.commit()
            except Exception as error:
                db.rollback()
                log.error("storing a message failed: %s", describe_failure(error))
                for reply in immediate_replies(assessment, CrisisAudience(None, None)):
                    send(reply)
                send(Reply(text=STORE_FAILED))
                return
            if stored.already_processed:
                return
            if stored.personal_phrases:
                personal = assess_text(text, stored.personal_phrases)
                assessment = CrisisAssessment(
                    level=max_crisis_level(assessment.level, personal.level),
                    signals=list(dict.fromkeys([*assessment.signals, *personal.signals])),
                )

            crisis_replies = (
                immediate_replies(assessment, self._crisis_audience(db, stored, assessment))
                if assessment.level != "none"
                else []
            )
            for reply in crisis_replies:
                send(reply)

            try:
                answers = self._process(db, stored, text, now, assessment, crisis_replies)
                db.commit()
            except Exception as error:
                db.rollback()
                log.error("message %s failed: %s", stored.message_id, describe_failure(error))
                self._mark_failed(db, stored.message_id, type(error).__name__)
                send(Reply(text=PROCESSING_FAILED))
                return
        for reply in answers:
            send(reply)
        log.debug(
            "message %s handled in %.1f ms",
            stored.message_id,
            (monotonic.perf_counter() - started) * 1000,
        )

    def _process(
        self,
        db: Session,
        stored: _Stored,
        text: str,
        now: datetime,
        assessment: CrisisAssessment,
        crisis_replies: list[Reply],
    ) -> list[Reply]:
        turn = Turn(
            db=db,
            settings=self.settings,
            user_id=stored.user_id,
            profile=stored.profile,
            chat_session=stored.chat_session,
            message_id=stored.message_id,
            text=text,
            now=now,
            crisis=assessment,
            first_message=stored.is_new_user,
            crisis_reply_sent=bool(crisis_replies),
        )
        for reply in crisis_replies:
            append_log(db, turn.chat_session, role="bot", kind="crisis", text=reply.text, at=now)
        answers = self._respond(turn)
        if not turn.user_forgotten:
            for reply in answers:
                append_log(db, turn.chat_session, role="bot", kind="reply", text=reply.text, at=now)
            stored.raw.status, stored.raw.processed_at, stored.raw.failure = "processed", now, None
        return answers

    def _store(self, db: Session, message: IncomingMessage, text: str, now: datetime) -> _Stored:
        user_id, created = resolve_user(db, message.platform, message.platform_user_id, now)
        raw = None
        if message.platform_message_id is not None and not created:
            raw = db.scalars(
                select(RawMessage).where(
                    RawMessage.user_id == user_id,
                    RawMessage.platform == message.platform,
                    RawMessage.platform_message_id == message.platform_message_id,
                )
            ).first()
        replayed = raw is not None
        if raw is None:
            raw = RawMessage(
                user_id=user_id,
                platform=message.platform,
                platform_message_id=message.platform_message_id,
                received_at=now,
                text=text,
            )
            db.add(raw)
        chat_session = current_session(db, user_id, now, self.settings.session_idle_minutes)
        if not replayed:
            db.flush()
            append_log(
                db,
                chat_session,
                role="user",
                kind="command" if looks_like_command(text) else "message",
                text=text,
                at=now,
                message_id=raw.id,
            )
        profile = load_profile(db, user_id)
        personality = load_personality(db, user_id)
        db.flush()
        return _Stored(
            user_id=user_id,
            raw=raw,
            already_processed=replayed and raw.status == "processed",
            is_new_user=created,
            personal_phrases=tuple(personality.crisis_phrases or ()),
            profile=profile,
            chat_session=chat_session,
        )

    def _crisis_audience(
        self, db: Session, stored: _Stored, assessment: CrisisAssessment
    ) -> CrisisAudience:
        contact_name = None
        if crisis_rank(assessment.level) >= crisis_rank("high"):
            contact_name = db.scalar(
                select(EmergencyContact.name)
                .where(
                    EmergencyContact.user_id == stored.user_id,
                    EmergencyContact.opt_in_state == "opted_in",
                )
                .order_by(EmergencyContact.priority, EmergencyContact.id)
                .limit(1)
            )
        return CrisisAudience(
            country=stored.profile.country or self.settings.default_country or None,
            contact_name=contact_name,
        )

    def _mark_failed(self, db: Session, message_id: int, failure: str) -> None:
        try:
            db.execute(
                update(RawMessage)
                .where(RawMessage.id == message_id)
                .values(status="failed", failure=failure[:64])
            )
            db.commit()
        except Exception as error:  # the message stays "received" and is retried later
            db.rollback()
            log.error(
                "marking message %s failed also failed: %s", message_id, describe_failure(error)
            )

    # -- understanding ------------------------------------------------------------------

    def _respond(self, turn: Turn) -> list[Reply]:
        serious = crisis_rank(turn.crisis.level) >= crisis_rank("moderate")
        if looks_like_command(turn.text):
            return self._command(turn)
        state = active_flow(turn.db, turn.user_id, turn.now)
        if state is not None and serious:
            pause_all(turn.db, turn.user_id)  # no setup questions after a crisis message
            state = None
        hint = ""
        if state is not None:
            handler = FLOW_HANDLERS.get(state.flow)
            answer = handler(turn, state) if handler else None
            if answer is not None:
                return answer
            pause_all(turn.db, turn.user_id)
            hint = SETUP_HINT if state.flow == intake.FLOW else ""
        first_contact = turn.first_message and self._intake_never_started(turn)
        return self._free_text(turn, hint, new_user=first_contact)

    def _command(self, turn: Turn) -> list[Reply]:
        parsed = parse_command(turn.text)
        name = parsed[0] if parsed else ""
        paused_setup = False
        if name not in ("start", "cancel", "forget", "help"):
            state = active_flow(turn.db, turn.user_id, turn.now)
            if state is not None:
                pause_all(turn.db, turn.user_id)
                paused_setup = state.flow == intake.FLOW
        replies = self.commands.dispatch(turn, turn.text)
        if paused_setup and replies:
            replies[-1] = replies[-1].model_copy(
                update={"text": f"{replies[-1].text}\n\n{SETUP_HINT}"}
            )
        return replies

    def _intake_never_started(self, turn: Turn) -> bool:
        return (
            turn.profile.intake_completed_at is None
            and get_flow(turn.db, turn.user_id, intake.FLOW) is None
        )

    def _free_text(self, turn: Turn, hint: str, *, new_user: bool) -> list[Reply]:
        limit = self.settings.max_message_chars
        analysis = self.understand(turn.text[:limit], turn.local_now)
        records = write_analysis(
            RecordContext(
                db=turn.db,
                user_id=turn.user_id,
                message_id=turn.message_id,
                at=turn.now,
                local_date=turn.local_now.date(),
            ),
            analysis.model_copy(update={"crisis": turn.crisis})
            if crisis_rank(turn.crisis.level) > crisis_rank(analysis.crisis.level)
            else analysis,
        )
        if turn.crisis_reply_sent and crisis_rank(turn.crisis.level) >= crisis_rank("high"):
            return []  # the fixed crisis reply stands alone; the records are kept quietly
        if new_user and analysis.intent == "greeting" and not records:
            return intake.begin(turn, "")
        replies = self.companion.compose(turn, analysis, describe(records))
        notes = [note for note in (hint, NEW_USER_HINT if new_user else "") if note]
        if len(turn.text) > limit:
            notes.insert(0, LONG_MESSAGE_NOTE)
        if notes and replies:
            last = replies[-1]
            replies[-1] = last.model_copy(update={"text": "\n\n".join([last.text, *notes])})
        return replies
