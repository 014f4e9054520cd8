"""Prompts: fixed templates from ``prompts/llm/`` and the person's data fenced inside them.

The system text is a file read as it is, with no substitutions, so it is byte-identical
whatever anyone writes. Everything from or about the person goes into the user part, inside
``<context>``, ``<recorded>`` and ``<message>`` blocks, escaped so it cannot close them.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from importlib import resources

from bot.llm.port import PromptParts
from context_builder import BuiltContext
from context_builder.text import escape_data, one_line, redact_contact_details

MAX_MESSAGE_CHARS = 4000


@cache
def template(name: str) -> str:
    return (resources.files("prompts") / "llm" / name).read_text(encoding="utf-8")


def fence(tag: str, text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """Multi-line data in a block: contact details out, ``<>&`` escaped, length capped."""
    body = escape_data(redact_contact_details(text.strip())[:limit])
    return f"<{tag}>\n{body}\n</{tag}>"


def reply_prompt(
    context: BuiltContext, message: str, recorded: str, *, max_chars: int = MAX_MESSAGE_CHARS
) -> PromptParts:
    stable = f'<context part="profile" version="{context.stable_version}">\n{context.stable.text}\n</context>'
    dynamic = [f'<context part="now">\n{context.dynamic.text}\n</context>']
    if recorded:
        dynamic.append(fence("recorded", recorded, 1500))
    dynamic.append(fence("message", message, max_chars))
    return PromptParts(system=template("system.txt"), stable=stable, dynamic="\n\n".join(dynamic))


def extraction_prompt(message: str, local_time: datetime | None) -> PromptParts:
    when = f"Written at {local_time:%A %H:%M} local time.\n" if local_time else ""
    return PromptParts(
        system=template("extract.txt"), stable="", dynamic=when + fence("message", message)
    )


def summary_prompt(
    previous: str | None, open_threads: list[str], turns: list[tuple[str, str]]
) -> PromptParts:
    lines = [
        f"{'Them' if role == 'user' else 'Sanctum'}: {escape_data(one_line(redact_contact_details(text), 600))}"
        for role, text in turns
    ]
    threads = "\n".join(f"- {escape_data(one_line(thread, 200))}" for thread in open_threads)
    dynamic = "\n\n".join(
        [
            fence("previous_summary", previous or "(none yet)", 2000),
            f"<open_threads>\n{threads or '(none)'}\n</open_threads>",
            "<turns>\n" + "\n".join(lines) + "\n</turns>",
        ]
    )
    return PromptParts(system=template("summarise.txt"), stable="", dynamic=dynamic)
