"""`make chat`'s pieces: `sanctum db upgrade`, then `sanctum chat` with piped input."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from storage.crypto import KeyRing, generate_key
from storage.db import Database
from storage.models import KnowledgeEntry, Medication
from storage.reencrypt import encrypted_columns
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


def test_after_a_key_rotation_reindex_makes_old_entries_findable_again(tmp_path: Path) -> None:
    old_key = generate_key()
    new_key = generate_key(avoiding=(old_key,))
    data = tmp_path / "data"
    assert run_sanctum("db", "upgrade", data_dir=data).returncode == 0
    old = {"SANCTUM_ENCRYPTION_KEY": old_key}
    said = run_sanctum("chat", data_dir=data, stdin="the heron at the lake calmed me\n", env=old)
    assert said.returncode == 0
    rotated = {"SANCTUM_ENCRYPTION_KEY": new_key, "SANCTUM_ENCRYPTION_OLD_KEYS": old_key}

    before = run_sanctum("chat", data_dir=data, stdin="/search heron\n", env=rotated)
    assert "calmed me" not in before.stdout, "indexed under the old key: not found yet"
    reindexed = run_sanctum("db", "reindex-search", data_dir=data, env=rotated)
    assert reindexed.returncode == 0, reindexed.stderr
    assert "of 1 people" in reindexed.stdout
    after = run_sanctum("chat", data_dir=data, stdin="/search heron\n", env=rotated)
    assert "the heron at the lake calmed me" in after.stdout


def test_reencrypt_moves_everything_to_the_new_key(tmp_path: Path) -> None:
    old_key = generate_key()
    new_key = generate_key(avoiding=(old_key,))
    data = tmp_path / "data"
    assert run_sanctum("db", "upgrade", data_dir=data).returncode == 0
    lines = [
        "/start",
        "Alex",
        "Berlin",
        "skip",
        "Sam, sister, sam@example.com",
        "skip",
        "remember that the heron at the lake calms me",
        "note for my therapist: sleep is worse",
        "went from calm to anxious after the call with my boss",
        "/meds add lamotrigine 200mg 08:00",
    ]
    said = run_sanctum(
        "chat",
        data_dir=data,
        stdin="\n".join(lines) + "\n",
        env={"SANCTUM_ENCRYPTION_KEY": old_key},
    )
    assert said.returncode == 0, said.stderr
    rotated = {"SANCTUM_ENCRYPTION_KEY": new_key, "SANCTUM_ENCRYPTION_OLD_KEYS": old_key}

    done = run_sanctum("db", "reencrypt", data_dir=data, env=rotated)
    assert done.returncode == 0, done.stderr
    assert "re-encrypted" in done.stdout and "search index rebuilt" in done.stdout
    again = run_sanctum("db", "reencrypt", data_dir=data, env=rotated)
    assert "re-encrypted 0 values" in again.stdout, "values under the new key are left alone"

    only_new = Database(f"sqlite:///{data / 'sanctum.db'}", KeyRing(new_key))
    try:
        with only_new.transaction() as db:  # every encrypted value opens without the old key
            for table, column, _ in encrypted_columns():
                db.execute(select(table.c[column.name])).all()
            assert db.scalars(select(Medication.name)).one() == "lamotrigine"
            assert any("heron" in value for value in db.scalars(select(KnowledgeEntry.value)))
    finally:
        only_new.dispose()
    found = run_sanctum("chat", data_dir=data, stdin="/search heron\n", env=rotated)
    assert "heron at the lake" in found.stdout


def test_new_key_prints_a_key_the_configured_ring_accepts(tmp_path: Path) -> None:
    current = generate_key()
    old = generate_key(avoiding=(current,))
    env = {"SANCTUM_ENCRYPTION_KEY": current, "SANCTUM_ENCRYPTION_OLD_KEYS": old}
    result = run_sanctum("db", "new-key", data_dir=tmp_path / "data", env=env)
    assert result.returncode == 0, result.stderr
    new_key = result.stdout.strip()
    assert new_key not in (current, old)
    KeyRing(new_key, (current, old))  # raises if its key id were taken

    broken = run_sanctum(
        "db", "new-key", data_dir=tmp_path / "data", env={"SANCTUM_ENCRYPTION_KEY": "short"}
    )
    assert broken.returncode == 2
    assert "encryption key must be" in broken.stderr
