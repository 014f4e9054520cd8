"""`sanctum analyze` as shared/spec/analyze.md describes it, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.support import SANCTUM, cli_env, run_sanctum

CONTRACT_KEYS = {"id", "intent", "crisis", "mood_shift", "baseline", "dbt", "medication"}


def test_json_and_plain_lines_in_order_with_ids(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "hello", "extra": 1}),
        "plain text line about my day",
        json.dumps({"id": 7, "text": "took my lithium"}),
    ]
    result = run_sanctum("analyze", stdin="\n".join(lines) + "\n", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", None, 7]
    for o in out:
        assert set(o) == CONTRACT_KEYS
        assert o["crisis"]["level"] in {"none", "low", "moderate", "high", "imminent"}
        assert isinstance(o["crisis"]["signals"], list)
    assert not (tmp_path / "data").exists(), "analyze must not touch the database"


def test_malformed_lines_yield_errors_and_the_run_goes_on(tmp_path: Path) -> None:
    stdin = (
        '{"id": 1, "text": "ok"}\n{broken json\n{"id": 2}\n[1, 2]\n\n{"id": 3, "text": "fine"}\n'
    )
    result = run_sanctum("analyze", stdin=stdin, data_dir=tmp_path / "data")
    assert result.returncode == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 6
    assert out[0]["id"] == 1 and "intent" in out[0]
    for bad in (out[1], out[2], out[4]):
        assert bad["id"] is None and bad["error"]
    assert out[3]["id"] is None and "intent" in out[3]  # "[1, 2]" is a plain line of text
    assert out[5]["id"] == 3 and "intent" in out[5]


def test_reads_a_file_argument(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x", "text": "note for my therapist: sleep is worse"}\n')
    result = run_sanctum("analyze", str(source), data_dir=tmp_path / "data")
    assert json.loads(result.stdout)["id"] == "x"
    missing = run_sanctum("analyze", str(tmp_path / "nope.jsonl"), data_dir=tmp_path / "data")
    assert missing.returncode == 2 and "cannot read" in missing.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tz", "Mars/Olympus"], "unknown time zone"),
        (["--now", "yesterday-ish"], "not an ISO 8601 time"),
        (["--provider", "magic"], "unknown provider"),
    ],
)
def test_bad_options_are_explained(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_sanctum("analyze", *args, stdin="hi\n", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert message in result.stderr


def test_output_is_flushed_per_line(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [*SANCTUM, "analyze"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(tmp_path / "data"),
    )
    assert process.stdin and process.stdout
    process.stdin.write('{"id": 1, "text": "hello"}\n')
    process.stdin.flush()
    first = process.stdout.readline()  # arrives while stdin is still open
    process.stdin.close()
    process.wait(timeout=30)
    assert json.loads(first)["id"] == 1
