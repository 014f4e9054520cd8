"""A last check on what a model wrote before the person sees it.

The system prompt forbids describing methods of self-harm; this catches the obvious failures
of that rule. A reply that trips it is never shown: the offline reply is sent instead.
"""

from __future__ import annotations

import re

MAX_REPLY_CHARS = 3000

_METHOD_DETAIL = re.compile(
    r"\b(?:lethal|fatal|deadly)\s+(?:dose|amount|quantity)"
    r"|\boverdos(?:e|ing)\s+(?:on|with)\b"
    r"|\bhow\s+many\s+(?:pills|tablets)\s+(?:would|will|to|does|it\s+takes)"
    r"|\b(?:hang|hanging)\s+(?:yourself|oneself)"
    r"|\bnoose\b"
    r"|\bslit\s+(?:your\s+)?wrists?"
    r"|\bcut\s+(?:deeper|along|vertically)"
    r"|\bjump(?:ing)?\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|roof|building|balcony)"
    r"|\bcarbon\s+monoxide\b",
    re.IGNORECASE,
)


def is_safe_reply(text: str) -> bool:
    return bool(text.strip()) and _METHOD_DETAIL.search(text) is None


def clean_reply(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_REPLY_CHARS:
        cut = text[:MAX_REPLY_CHARS]
        text = cut[: max(cut.rfind(". "), cut.rfind("\n"), MAX_REPLY_CHARS // 2) + 1].rstrip()
    return text
