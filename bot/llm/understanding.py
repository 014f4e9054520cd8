"""Understanding a message with a language model, on top of the offline engine.

The offline engine always runs first (its crisis rules are never skipped); the provider's
extraction, when valid, supplies the structure, and what it left empty the offline engine's
finding fills. The crisis level is the higher of the two: a
provider may raise it, never lower it. Explicit requests the rules recognised ("remember that",
"note for my therapist") keep the person's own words. When the provider is unavailable or
answers out of shape, the offline analysis stands.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from pydantic import Field

from bot.llm.extraction import analysis_tool, parse_extraction
from bot.llm.port import CallRecord, LanguageModel, LLMError, LLMUnavailable
from bot.llm.prompts import extraction_prompt
from bot.safe_logging import describe_failure
from bot.settings import Settings
from bot.understanding.models import Analysis, CrisisAssessment
from bot.understanding.offline import analyze_offline
from bot.vocabulary import crisis_rank

log = logging.getLogger("sanctum.llm")

EXTRACTION_MAX_TOKENS = 800
_EXPLICIT_INTENTS = ("knowledge", "session_note")
_STRUCTURES = ("mood_shift", "baseline", "dbt", "medication")


class ProviderAnalysis(Analysis):
    """An Analysis that also carries what only a model provides, for the companion to store."""

    inferred_facts: list[str] = Field(default_factory=list)
    calls: list[CallRecord] = Field(default_factory=list, exclude=True)


def higher_crisis(rules: CrisisAssessment, model: CrisisAssessment) -> CrisisAssessment:
    level = model.level if crisis_rank(model.level) > crisis_rank(rules.level) else rules.level
    return CrisisAssessment(
        level=level, signals=list(dict.fromkeys([*rules.signals, *model.signals]))
    )


class LLMUnderstanding:
    """``understand(text, local_time)`` for the core and for ``sanctum analyze``."""

    def __init__(
        self,
        model: LanguageModel,
        settings: Settings,
        offline: Callable[[str, datetime | None], Analysis] = analyze_offline,
    ) -> None:
        self.model = model
        self.settings = settings
        self.offline = offline

    def __call__(self, text: str, local_time: datetime | None = None) -> Analysis:
        offline = self.offline(text, local_time)
        record = CallRecord("extract", self.model.provider, self.model.model, "ok")
        started = time.perf_counter()
        try:
            extraction = self.model.extract(
                extraction_prompt(text, local_time),
                analysis_tool(),
                max_output_tokens=EXTRACTION_MAX_TOKENS,
            )
        except LLMError as error:
            record.outcome = "unavailable" if isinstance(error, LLMUnavailable) else "invalid"
            record.usage = error.usage
            record.latency_ms = _since(started)
            return _offline_with(offline, record)
        except Exception as error:  # a bug in an adapter must not cost the message
            log.error("extraction failed: %s", describe_failure(error))
            record.outcome = "invalid"
            return _offline_with(offline, record)
        record.usage = extraction.usage
        record.model = extraction.model
        record.latency_ms = _since(started)
        parsed = parse_extraction(extraction.arguments)
        if parsed is None:
            record.outcome = "invalid"
            return _offline_with(offline, record)
        merged = parsed.model_dump(exclude={"inferred_facts"})
        for key in _STRUCTURES:  # what the model left empty, the rules may still have found
            if merged[key] is None and getattr(offline, key) is not None:
                merged[key] = getattr(offline, key).model_dump()
        if offline.intent in _EXPLICIT_INTENTS:
            for key in ("intent", "knowledge", "note", "note_audience"):
                merged[key] = getattr(offline, key)
        merged["crisis"] = higher_crisis(offline.crisis, parsed.crisis)
        return ProviderAnalysis(
            **merged, inferred_facts=list(parsed.inferred_facts), calls=[record]
        )


def _offline_with(offline: Analysis, record: CallRecord) -> ProviderAnalysis:
    return ProviderAnalysis(**offline.model_dump(), calls=[record])


def _since(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
