"""The crisis rules' gates, read apart once and kept on disk between runs.

Reading the hundreds of rule patterns apart (``prefilter.parts_of``) is most of a process's
start-up: `sanctum analyze` on a short file, a core worker, every test run. What it yields
depends only on each pattern's text and flags, the reading code and the Python version, so
the file holds one entry per pattern under a key made of the last two: an edited rule is
simply read again, and a file written by other code is ignored whole.

The file holds nothing but the rules' own words. It lives in ``SANCTUM_CACHE_DIR``, else
``$XDG_CACHE_HOME/sanctum``, else ``~/.cache/sanctum``; when it cannot be read or written the
rules are read as before, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from bot.crisis import prefilter

log = logging.getLogger("sanctum.crisis.gate_cache")

FILE_NAME = "crisis-gates.json"
_FORMAT = 1


def cache_dir() -> Path:
    configured = os.environ.get("SANCTUM_CACHE_DIR")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "sanctum"


@lru_cache(maxsize=1)
def reader_key() -> str:
    """What the entries depend on besides each pattern: the reading code and Python (read once
    per process, though every rule set's gates ask for it)."""
    code = Path(prefilter.__file__).read_bytes()
    digest = hashlib.sha256(code)
    digest.update(f"{sys.version_info[:2]}|{_FORMAT}".encode())
    return digest.hexdigest()


_loaded: set[Path] = set()  # cache files already taken in by this process
# The patterns of the rule sets this process built: what the file keeps when it is rewritten, so
# entries of edited or removed rules do not pile up.
_wanted: set[tuple[str, int]] = set()


def keep_for(patterns: Iterable[prefilter.PatternText]) -> None:
    _wanted.update((pattern.pattern, pattern.flags) for pattern in patterns)


@contextmanager
def remembered_gates(directory: Path | None = None) -> Iterator[None]:
    """Take in what earlier runs read (once per process), let the block read the rest, and
    keep the file up to date when the block read something new."""
    path = (directory or cache_dir()) / FILE_NAME
    key = reader_key()
    if path not in _loaded:
        _loaded.add(path)
        prefilter.remember_parts(_load(path, key))
    before = prefilter.parts_count()
    yield
    if prefilter.parts_count() > before:
        _save(path, key, prefilter.parts_read())


def _load(path: Path, key: str) -> dict[tuple[str, int], tuple[frozenset[str], ...]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT or data.get("reader") != key:
            return {}
        return {
            (source, int(flags)): tuple(frozenset(part) for part in parts)
            for source, flags, parts in data["patterns"]
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        log.warning(
            "the crisis gate cache could not be read (%s); reading the rules afresh",
            type(error).__name__,
        )
        return {}


def _save(path: Path, key: str, known: dict[tuple[str, int], tuple[frozenset[str], ...]]) -> None:
    data = {
        "format": _FORMAT,
        "reader": key,
        "patterns": [
            [source, flags, [sorted(part) for part in parts]]
            for (source, flags), parts in sorted(known.items())
            if not _wanted or (source, flags) in _wanted
        ],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and moved into place: processes starting together never see half a file.
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".crisis-gates-")
    except OSError as error:
        log.debug("the crisis gate cache was not written: %s", type(error).__name__)
        return
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(temporary, path)
    except OSError as error:
        log.debug("the crisis gate cache was not written: %s", type(error).__name__)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
