"""The library in the database: loaded by the migration, and new content versions reach
existing databases (through the sync that `sanctum db upgrade` runs)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import yaml
from sqlalchemy import select

from bot.skills import preferences
from bot.skills.catalog import find_skill
from bot.skills.content import load_library, packaged_library
from bot.skills.store import sync_library
from storage.models import Skill, SkillLibrary, User, UserSkill

LIBRARY_DIR = Path(str(resources.files("bot.skills.library")))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_the_migration_loads_every_skill(sqlite_database) -> None:
    # The SQLite template is a freshly migrated database: nothing but the migration ran.
    library = packaged_library()
    with sqlite_database.transaction() as db:
        stored = {skill.id: skill for skill in db.scalars(select(Skill))}
        versions = {row.framework: row.version for row in db.scalars(select(SkillLibrary))}
    assert set(stored) == library.skill_ids()
    assert versions == {framework.framework: framework.version for framework in library.frameworks}
    tipp = stored["tipp"]
    assert tipp.framework == "dbt" and tipp.category_name == "Distress tolerance"
    assert tipp.steps[0].startswith("Temperature") and tipp.suggest["body_based"] is True
    assert "Linehan" in tipp.source["reference"] and tipp.retired_at is None


def _version_two(directory: Path) -> Path:
    """The packaged files, with DBT at content version 2: TIPP rewritten, IMPROVE dropped,
    a new skill added."""
    for path in LIBRARY_DIR.glob("*.yaml"):
        shutil.copy(path, directory / path.name)
    raw = yaml.safe_load((directory / "dbt.yaml").read_text(encoding="utf-8"))
    raw["version"] = 2
    tipp = next(skill for skill in raw["skills"] if skill["id"] == "tipp")
    tipp["version"] = 2
    tipp["what"] = "Version two: four fast ways to bring very high arousal down through the body."
    raw["skills"] = [skill for skill in raw["skills"] if skill["id"] != "improve"]
    raw["skills"].append(
        {
            **{key: tipp[key] for key in ("category", "when", "steps", "source", "suggest")},
            "id": "urge_surfing",
            "name": "Urge surfing",
            "version": 1,
            "what": "Riding an urge like a wave: noticing it rise, peak and fall without acting.",
        }
    )
    (directory / "dbt.yaml").write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return directory


def test_a_new_content_version_reaches_an_existing_database(library, tmp_path: Path) -> None:
    # Someone's marks on skills that are about to change or go.
    with library.transaction() as db:
        user = User(created_at=NOW)
        db.add(user)
        db.flush()
        preferences.rate(db, user.id, "tipp", NOW, 5)
        preferences.rate(db, user.id, "improve", NOW, 4)

    newer = load_library(_version_two(tmp_path))
    with library.engine.begin() as connection:
        report = sync_library(connection, newer, NOW)
    assert (report.added, report.updated, report.retired) == (
        ["urge_surfing"],
        ["tipp"],
        ["improve"],
    )
    with library.transaction() as db:
        tipp = db.get(Skill, "tipp")
        assert tipp.version == 2 and tipp.what.startswith("Version two")
        assert db.get(SkillLibrary, "dbt").version == 2
        assert db.get(Skill, "improve").retired_at is not None
        assert find_skill(db, "improve") is None and find_skill(db, "urge surfing") is not None
        ratings = {mark.skill_id: mark.rating for mark in db.scalars(select(UserSkill))}
        assert ratings == {"tipp": 5, "improve": 4}  # people's marks survive content changes

    # Running it again changes nothing.
    with library.engine.begin() as connection:
        assert not sync_library(connection, newer, NOW).changed

    # An older release on this newer database keeps the newer text and does not revive.
    with library.engine.begin() as connection:
        older = sync_library(connection, packaged_library(), NOW)
    assert older.kept_newer == ["tipp"] and not older.retired and "improve" not in older.updated
    with library.transaction() as db:
        assert db.get(Skill, "tipp").version == 2
        assert db.get(SkillLibrary, "dbt").version == 2
        assert db.get(Skill, "improve").retired_at is not None


def _cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SANCTUM_DATA_DIR": str(data_dir)}
    env.pop("SANCTUM_DATABASE_URL", None)
    env.pop("SANCTUM_ENCRYPTION_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_sanctum_db_upgrade_brings_stale_content_up_to_date(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _cli(["db", "upgrade"], data)
    assert first.returncode == 0, first.stderr
    assert "skills library: up to date" in first.stdout  # the migration loaded it
    # Make the database look like it holds older content: an older TIPP, no STOP.
    with sqlite3.connect(data / "sanctum.db") as connection:
        connection.execute("UPDATE skills SET version = 0, what = 'old' WHERE id = 'tipp'")
        connection.execute("DELETE FROM skills WHERE id = 'stop'")
    second = _cli(["db", "upgrade"], data)
    assert second.returncode == 0, second.stderr
    assert "skills library: 1 added, 1 updated" in second.stdout
    with sqlite3.connect(data / "sanctum.db") as connection:
        what, version = connection.execute(
            "SELECT what, version FROM skills WHERE id = 'tipp'"
        ).fetchone()
        count = connection.execute("SELECT count(*) FROM skills").fetchone()[0]
    assert version == 1 and what.startswith("Four ways")
    assert count == len(packaged_library().skill_ids())
