"""`make chat`'s pieces: `sanctum db upgrade`, then `sanctum chat` with piped input."""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import run_sanctum


def test_chat_on_piped_input_answers_each_line_and_exits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    upgraded = run_sanctum("db", "upgrade", data_dir=data)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (data / "sanctum.db").exists()
    assert oct((data / "secret.key").stat().st_mode & 0o777) == "0o600"
    result = run_sanctum(
        "chat", "--user", "tester", data_dir=data, stdin="/mood\n4\n3\n/today\n/export\n"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "How are you feeling right now?" in out
    assert "[4] anxious" in out
    assert "I recorded your mood as anxious (functioning: functional)" in out
    assert "1 mood shift" in out
    exported = list((data / "exports").glob("sanctum-export-*.json"))
    assert len(exported) == 1 and oct(exported[0].stat().st_mode & 0o777) == "0o600"
    assert "you>" not in out  # no prompts when input is piped


def test_chat_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    result = run_sanctum("chat", data_dir=tmp_path / "fresh", stdin="hi\n")
    assert result.returncode == 2
    assert "sanctum db upgrade" in result.stderr
