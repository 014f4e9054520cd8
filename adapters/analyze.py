"""`sanctum analyze`: one JSON object per input line (shared/spec/analyze.md).

No database is touched and nothing is sent anywhere; the offline provider uses no network.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, TextIO

from bot.understanding.models import Analysis

Analyzer = Callable[[str, datetime | None], Analysis]


def _parse_line(line: str) -> tuple[Any, str]:
    """Return (id, text) for one input line; raise ValueError for a malformed one."""
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ValueError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
        if not isinstance(obj, dict):
            raise ValueError("a JSON line must be an object with a 'text' field")
        text = obj.get("text")
        if not isinstance(text, str):
            raise ValueError("the object has no string 'text' field")
        return obj.get("id"), text
    return None, line.rstrip("\r\n")


def analyze_lines(
    lines: Iterable[str], analyzer: Analyzer, local_time: datetime | None = None
) -> Iterator[dict[str, Any]]:
    for line in lines:
        if not line.strip():
            yield {"id": None, "error": "empty line"}
            continue
        try:
            message_id, text = _parse_line(line)
        except ValueError as exc:
            yield {"id": None, "error": str(exc)}
            continue
        try:
            yield analyzer(text, local_time).to_contract(message_id)
        except Exception as exc:  # one bad line must not stop the run
            yield {"id": message_id, "error": f"analysis failed: {type(exc).__name__}"}


def run(source: TextIO, sink: TextIO, analyzer: Analyzer, local_time: datetime | None) -> int:
    count = 0
    for result in analyze_lines(source, analyzer, local_time):
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        sink.flush()
        count += 1
    return count
