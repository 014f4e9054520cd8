"""Offline understanding (placeholder until the rules land)."""

from __future__ import annotations

from datetime import datetime

from bot.crisis.detector import assess_text
from bot.understanding.models import Analysis


def analyze_offline(text: str, local_time: datetime | None = None) -> Analysis:
    """Understand one message. ``local_time`` is when the writer sent it, in their zone."""
    return Analysis(crisis=assess_text(text))
