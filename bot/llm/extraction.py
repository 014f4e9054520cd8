"""Structured extraction: the tool the model must call, derived from the pydantic models.

The schema is generated from the same models the offline engine fills (``Analysis``), so a
provider can only answer in that shape; its answer is validated into them, and anything that
fails validation is discarded whole (the offline analysis is used instead).
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from bot.llm.port import ToolSpec
from bot.understanding.models import Analysis

Fact = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)]


class ExtractionResult(Analysis):
    """What the model returns: an Analysis plus facts it inferred about the person's life."""

    inferred_facts: list[Fact] = Field(default_factory=list, max_length=3)


class SessionMemoryUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    summary: str = Field(min_length=1, max_length=1200)
    open_threads: list[Annotated[str, StringConstraints(max_length=200)]] = Field(
        default_factory=list, max_length=5
    )


_DESCRIPTIONS = {
    "intent": "The main purpose of the message.",
    "crisis": "Risk of self-harm or suicide shown in the message itself.",
    "mood_shift": "A mood or a change of mood the message reports, else null.",
    "baseline": "A morning or evening check-in with ratings, else null.",
    "dbt": "DBT diary card ratings: emotions and urges 0-5, actions, skills used; else null.",
    "medication": "A medication taken, missed, changed or a side effect, else null.",
    "knowledge": "Only for 'remember that ...': the fact in their words, else null.",
    "note": "Only for 'note for my therapist: ...': the note, else null.",
    "note_audience": "Who the note is for (therapist, psychiatrist, doctor ...), else null.",
    "inferred_facts": "Up to three lasting facts about their life the message implies.",
    "summary": "What is going on in this conversation, at most five sentences.",
    "open_threads": "Still open: questions, plans, things to follow up. At most five.",
}


def _inline_references(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace ``$ref`` with the definitions themselves: not every server resolves them."""
    definitions = schema.get("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/$defs/"):
                target = copy.deepcopy(definitions[reference.removeprefix("#/$defs/")])
                merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
                return resolve(merged)
            return {key: resolve(value) for key, value in node.items() if key != "title"}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    inlined = resolve({key: value for key, value in schema.items() if key != "$defs"})
    for name, description in _DESCRIPTIONS.items():
        if name in inlined.get("properties", {}):
            inlined["properties"][name]["description"] = description
    return inlined


@cache
def analysis_tool() -> ToolSpec:
    return ToolSpec(
        name="record_analysis",
        description="Record what the person's message says, in Sanctum's fixed vocabulary.",
        input_schema=_inline_references(ExtractionResult.model_json_schema()),
    )


@cache
def session_memory_tool() -> ToolSpec:
    return ToolSpec(
        name="update_session_memory",
        description="Save the updated short memory of this conversation.",
        input_schema=_inline_references(SessionMemoryUpdate.model_json_schema()),
    )


def parse_extraction(arguments: dict[str, Any]) -> ExtractionResult | None:
    try:
        return ExtractionResult.model_validate(arguments)
    except ValidationError:
        return None


def parse_session_memory(arguments: dict[str, Any]) -> SessionMemoryUpdate | None:
    try:
        return SessionMemoryUpdate.model_validate(arguments)
    except ValidationError:
        return None
