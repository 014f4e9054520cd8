"""Logging that never carries what people wrote.

Exception messages can quote input (validation errors, SQL parameters), so failures are
logged as the exception type and the code locations it passed through, nothing more.
"""

from __future__ import annotations

import logging
import traceback


def describe_failure(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)[-4:]
    where = " <- ".join(
        f"{frame.filename.rsplit('/', 2)[-1]}:{frame.lineno} {frame.name}"
        for frame in reversed(frames)
    )
    return f"{type(error).__name__}" + (f" at {where}" if where else "")


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    # Client libraries log request bodies at DEBUG; keep them quiet whatever our level is.
    for noisy in (
        "alembic",
        "httpx",
        "httpcore",
        "httpx2",  # what the anthropic 2.x and openai 3.x SDKs use
        "httpcore2",
        "telegram",
        "discord",
        "anthropic",
        "openai",
        "aiosmtplib",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
