"""The crisis rules' gates kept on disk: the same gates as reading the rules afresh, a file
that cannot be trusted is ignored, and a place that cannot be written costs only time."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.crisis import gate_cache, prefilter
from bot.crisis.patterns import CONTEXT_RULES, MAIN_RULES
from bot.crisis.prefilter import GateIndex

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [rule.pattern for rule in (*MAIN_RULES.rules, *CONTEXT_RULES.rules)]


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a process that has read no pattern and taken in no cache file yet."""
    monkeypatch.setattr(prefilter, "_READ", {})
    monkeypatch.setattr(gate_cache, "_loaded", set())


def afresh(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    return prefilter._read_parts(pattern.pattern, pattern.flags)


def gates(directory: Path) -> GateIndex:
    with gate_cache.remembered_gates(directory):
        return GateIndex(PATTERNS)


def test_a_cold_start_writes_every_rule_as_read_afresh(tmp_path: Path, fresh_process: None):
    index = gates(tmp_path)

    kept = gate_cache._load(tmp_path / gate_cache.FILE_NAME, gate_cache.reader_key())
    assert len(kept) == len({(p.pattern, p.flags) for p in PATTERNS})
    for pattern in PATTERNS:
        assert kept[(pattern.pattern, pattern.flags)] == afresh(pattern)
    assert any(literals for literals in index.literals)


def test_a_warm_start_reads_nothing_afresh_and_keeps_the_file(
    tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch
):
    cold = gates(tmp_path)
    path = tmp_path / gate_cache.FILE_NAME
    written = path.stat().st_mtime_ns
    monkeypatch.setattr(prefilter, "_READ", {})
    monkeypatch.setattr(gate_cache, "_loaded", set())
    monkeypatch.setattr(prefilter, "_read_parts", _must_not_read)

    warm = gates(tmp_path)

    assert warm.literals == cold.literals
    assert warm.candidates("i want to kill myself", prefilter.trigrams("i want to kill myself"))
    assert path.stat().st_mtime_ns == written


def _must_not_read(source: str, flags: int) -> tuple[frozenset[str], ...]:
    raise AssertionError(f"read afresh although cached: {source[:40]}")


def test_entries_of_rules_no_longer_built_are_dropped_when_the_file_is_rewritten(
    tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(gate_cache, "_wanted", set())
    old = re.compile(r"\ban old rule since edited\b")
    gate_cache.keep_for([old, *PATTERNS])
    with gate_cache.remembered_gates(tmp_path):
        GateIndex([old, *PATTERNS])
    path = tmp_path / gate_cache.FILE_NAME
    assert (old.pattern, old.flags) in gate_cache._load(path, gate_cache.reader_key())

    # The next process builds the edited rule set: the old entry goes when the file is rewritten.
    monkeypatch.setattr(gate_cache, "_wanted", set())
    monkeypatch.setattr(prefilter, "_READ", {})
    monkeypatch.setattr(gate_cache, "_loaded", set())
    edited = re.compile(r"\ban old rule now edited\b")
    gate_cache.keep_for([edited, *PATTERNS])
    with gate_cache.remembered_gates(tmp_path):
        GateIndex([edited, *PATTERNS])

    kept = gate_cache._load(path, gate_cache.reader_key())
    assert (edited.pattern, edited.flags) in kept
    assert (old.pattern, old.flags) not in kept
    assert len(kept) == len({(p.pattern, p.flags) for p in PATTERNS}) + 1


def test_an_edited_rule_is_read_again_and_added(
    tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch
):
    gates(tmp_path)
    edited = re.compile(r"\bnew (?:rule|words) for testing\b")
    monkeypatch.setattr(gate_cache, "_wanted", set(gate_cache._wanted))
    gate_cache.keep_for([edited])  # as building its rule set would
    with gate_cache.remembered_gates(tmp_path):
        index = GateIndex([*PATTERNS, edited])

    assert index.literals[-1] is not None
    kept = gate_cache._load(tmp_path / gate_cache.FILE_NAME, gate_cache.reader_key())
    assert kept[(edited.pattern, edited.flags)] == afresh(edited)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff\xfe binary",
        b"{not json",
        b"[1, 2, 3]",
        b'{"format": 1, "reader": "KEY", "patterns": [["x", "not a number", []]]}',
        b'{"format": 1, "reader": "KEY", "patterns": 7}',
        b'{"format": 99, "reader": "KEY", "patterns": []}',
        b'{"format": 1, "reader": "written by other code", "patterns": [["a", 0, [["zz"]]]]}',
    ],
)
def test_a_file_that_cannot_be_trusted_is_ignored_and_replaced(
    tmp_path: Path, fresh_process: None, content: bytes
):
    path = tmp_path / gate_cache.FILE_NAME
    path.write_bytes(content.replace(b"KEY", gate_cache.reader_key().encode()))

    index = gates(tmp_path)

    assert index.literals == GateIndex(PATTERNS).literals
    for pattern in PATTERNS[:50]:
        assert prefilter.parts_of(pattern.pattern, pattern.flags) == afresh(pattern)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["reader"] == gate_cache.reader_key()


def test_a_place_that_cannot_be_written_only_costs_time(tmp_path: Path, fresh_process: None):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")

    index = gates(blocked)

    assert index.literals == GateIndex(PATTERNS).literals
    assert not list(tmp_path.glob(".crisis-gates-*"))


def test_the_cache_place_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("SANCTUM_CACHE_DIR", str(tmp_path / "mine"))
    assert gate_cache.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("SANCTUM_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gate_cache.cache_dir() == tmp_path / "xdg" / "sanctum"


def test_processes_started_from_a_warm_cache_assess_as_a_cold_one(tmp_path: Path):
    """Whole `sanctum analyze` runs: cold, then warm from the file the cold one wrote."""
    lines = "\n".join(
        json.dumps({"id": n, "text": text})
        for n, text in enumerate(
            [
                "i want to kill myself tonight",
                "this exam is killing me",
                "took my lithium, mood 6/10",
                "i'm not suicidal, just tired",
                "i have the pills saved up for friday",
            ]
        )
    )
    environment = {"SANCTUM_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}

    def analyze() -> str:
        done = subprocess.run(
            [sys.executable, "-m", "adapters.cli", "analyze"],
            input=lines,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=environment,
            check=True,
        )
        return done.stdout

    cold = analyze()
    assert (tmp_path / gate_cache.FILE_NAME).exists()
    warm = analyze()
    assert warm == cold
    levels = [json.loads(line)["crisis"]["level"] for line in cold.splitlines()]
    assert levels[0] in ("high", "imminent") and levels[1] == "none"
