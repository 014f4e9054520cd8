"""Offline crisis detection (placeholder until the rules land)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.models import CrisisAssessment


def assess_text(text: str, personal_phrases: Sequence[str] = ()) -> CrisisAssessment:
    return CrisisAssessment()
