"""The companion that answers with a language model, knowing the person's context.

``prepare`` runs inside the message's transaction: it stores what the extraction inferred and
its token use, builds the person's context (sections, budget, version, cache) and, when older
turns are about to scroll out of view, picks them for the session memory. ``generate`` runs
after the commit with no database session open: it asks for the reply and writes its token use
in one short transaction. The session memory update runs beside it on a worker thread, which
writes the new summary in its own transaction when it is done, so it never delays a reply.
When the model is unavailable the core sends the offline reply with one short note; a reply
that fails the safety check is replaced by the offline reply.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime

from bot.companion import ReplyPlan, offline_replies
from bot.knowledge import add_inferred_facts
from bot.llm.extraction import parse_session_memory, session_memory_tool
from bot.llm.port import CallRecord, LanguageModel, LLMError, LLMUnavailable, PromptParts
from bot.llm.prompts import reply_prompt, summary_prompt
from bot.llm.reply_guard import clean_reply, is_safe_reply
from bot.llm.understanding import ProviderAnalysis
from bot.llm.usage import record_calls
from bot.messages import Reply
from bot.safe_logging import describe_failure
from bot.sessions import (
    SummaryJob,
    first_log_id_of_message,
    pending_summary,
    save_session_memory,
)
from bot.settings import Settings
from bot.turn import Turn
from bot.understanding.models import Analysis
from context_builder import DEFAULT_CACHE, ContextCache, build_context
from context_builder.sections.session import MAX_TURNS
from storage.db import Database

log = logging.getLogger("sanctum.llm")

UNAVAILABLE_NOTE = "(The AI is unavailable right now, so this is my simpler offline reply.)"
SUMMARY_MAX_TOKENS = 600


@dataclass(frozen=True)
class _Request:
    """A plain snapshot of what ``generate`` needs: no ORM objects, no session."""

    user_id: int
    message_id: int | None
    at: datetime
    prompt: PromptParts
    context_tokens: int
    recorded: str
    noted: str
    summary: SummaryJob | None


def _with_note(replies: list[Reply], note: str) -> list[Reply]:
    if not replies:
        return [Reply(text=note)]
    last = replies[-1]
    return [*replies[:-1], last.model_copy(update={"text": f"{last.text}\n\n{note}"})]


def _joined(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


class LLMCompanion:
    def __init__(
        self,
        model: LanguageModel,
        database: Database,
        settings: Settings,
        *,
        cache: ContextCache | None = DEFAULT_CACHE,
    ) -> None:
        self.model = model
        self.database = database
        self.settings = settings
        self.cache = cache
        self._workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sanctum-memory")
        self._lock = threading.Lock()
        self._updating: set[int] = set()  # sessions whose memory is being updated
        self._pending: set[Future[None]] = set()

    # -- inside the message's transaction ------------------------------------------------

    def prepare(self, turn: Turn, analysis: Analysis, recorded: str) -> ReplyPlan:
        db = turn.db
        noted = ""
        if isinstance(analysis, ProviderAnalysis):
            record_calls(
                db,
                user_id=turn.user_id,
                message_id=turn.message_id,
                calls=analysis.calls,
                at=turn.now,
            )
            added = add_inferred_facts(db, turn.user_id, analysis.inferred_facts, turn.now)
            if added:
                listed = "; ".join(f'"{entry.value}"' for entry in added)
                noted = f"I noted as a guess: {listed}. /fact shows, confirms or fixes it."
        context = build_context(
            db,
            turn.settings,
            user_id=turn.user_id,
            now=turn.now,
            session_id=turn.chat_session.id,
            current_message_id=turn.message_id,
            crisis_level=turn.crisis.level,
            cache=self.cache,
        )
        before = first_log_id_of_message(db, turn.chat_session.id, turn.message_id)
        request = _Request(
            user_id=turn.user_id,
            message_id=turn.message_id,
            at=turn.now,
            prompt=reply_prompt(
                context, turn.text, recorded, max_chars=self.settings.max_message_chars
            ),
            context_tokens=context.tokens,
            recorded=recorded,
            noted=noted,
            summary=pending_summary(
                db, turn.chat_session.id, before_log_id=before, window=MAX_TURNS
            ),
        )
        offline = offline_replies(turn, analysis, recorded)
        if noted:
            offline = _with_note(offline, noted)
        return ReplyPlan(
            generate=lambda: self._generate(request, offline),
            fallback=_with_note(offline, UNAVAILABLE_NOTE),
        )

    # -- after the commit, no session open -----------------------------------------------

    def _generate(self, request: _Request, offline: list[Reply]) -> list[Reply]:
        if request.summary is not None:
            self._start_memory_update(request.summary, request.message_id, request.at)
        record = CallRecord(
            "reply",
            self.model.provider,
            self.model.model,
            "ok",
            context_tokens=request.context_tokens,
        )
        started = time.perf_counter()
        try:
            completion = self.model.complete(
                request.prompt, max_output_tokens=self.settings.llm_max_output_tokens
            )
        except LLMError as error:
            record.outcome = "unavailable" if isinstance(error, LLMUnavailable) else "invalid"
            record.usage = error.usage
            record.latency_ms = _since(started)
            self._record(request.user_id, request.message_id, request.at, [record])
            raise
        record.usage = completion.usage
        record.model = completion.model
        record.latency_ms = _since(started)
        text = clean_reply(completion.text)
        if not is_safe_reply(text):
            record.outcome = "rejected"
            self._record(request.user_id, request.message_id, request.at, [record])
            log.warning("a model reply failed the safety check; the offline reply was sent")
            return offline
        self._record(request.user_id, request.message_id, request.at, [record])
        return [Reply(text=_joined(text, request.recorded, request.noted))]

    def _record(
        self, user_id: int, message_id: int | None, at: datetime, calls: list[CallRecord]
    ) -> None:
        try:
            with self.database.transaction() as db:
                record_calls(db, user_id=user_id, message_id=message_id, calls=calls, at=at)
        except Exception as error:  # the reply still goes out
            log.error("recording token use failed: %s", describe_failure(error))

    # -- the session memory, on a worker thread --------------------------------------------

    def _start_memory_update(self, job: SummaryJob, message_id: int | None, at: datetime) -> None:
        with self._lock:
            if job.session_id in self._updating:
                return  # one update per conversation at a time
            self._updating.add(job.session_id)
        future = self._workers.submit(self._update_memory, job, message_id, at)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget_future)

    def _forget_future(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)

    def _update_memory(self, job: SummaryJob, message_id: int | None, at: datetime) -> None:
        try:
            record = CallRecord("summary", self.model.provider, self.model.model, "ok")
            started = time.perf_counter()
            update = None
            try:
                extraction = self.model.extract(
                    summary_prompt(job.previous, job.open_threads, job.turns),
                    session_memory_tool(),
                    max_output_tokens=SUMMARY_MAX_TOKENS,
                )
            except LLMError as error:
                record.outcome = "unavailable" if isinstance(error, LLMUnavailable) else "invalid"
                record.usage = error.usage
            else:
                record.usage = extraction.usage
                update = parse_session_memory(extraction.arguments)
                if update is None:
                    record.outcome = "invalid"
            record.latency_ms = _since(started)
            with self.database.transaction() as db:
                record_calls(db, user_id=job.user_id, message_id=message_id, calls=[record], at=at)
                if update is not None:
                    save_session_memory(db, job, update.summary, update.open_threads, at)
        except Exception as error:  # the conversation goes on with the older memory
            log.error("updating the session memory failed: %s", describe_failure(error))
        finally:
            with self._lock:
                self._updating.discard(job.session_id)

    def drain(self, timeout: float = 30.0) -> None:
        """Wait for session memory updates in flight (at shutdown, and in tests)."""
        with self._lock:
            pending = list(self._pending)
        wait(pending, timeout=timeout)


def _since(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
