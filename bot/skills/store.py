"""Bringing the skills content files into the database, version by version.

Run by migration 0007 (which creates the tables) and by every `sanctum db upgrade`, so new
content reaches existing databases without a schema change:

- a skill missing from the database is added;
- a skill whose file version is higher than the stored one, or equal with different text
  (an edit without a version bump), is rewritten;
- a stored skill that is newer than the file (an older release running on a database a
  newer one already filled) is left alone;
- a skill that left the files is retired, never deleted: people's ratings point at it.

It writes with SQLAlchemy Core and only to columns the table has at the time, so it works
from inside any later migration too (a migration runs against the schema of its moment,
not against today's models).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Engine, Integer, String, Text, inspect
from sqlalchemy.sql import column, table

from bot.skills.content import (
    FrameworkFile,
    Library,
    SkillDefinition,
    framework_hash,
    packaged_library,
    skill_hash,
)

_SKILLS = table(
    "skills",
    column("id", String),
    column("framework", String),
    column("category", String),
    column("category_name", String),
    column("position", Integer),
    column("name", String),
    column("aliases", JSON),
    column("what", Text),
    column("when_to_use", Text),
    column("steps", JSON),
    column("caution", Text),
    column("source", JSON),
    column("suggest", JSON),
    column("version", Integer),
    column("content_hash", String),
    column("retired_at", DateTime),
    column("updated_at", DateTime),
)
_LIBRARY = table(
    "skill_library",
    column("framework", String),
    column("name", String),
    column("version", Integer),
    column("content_hash", String),
    column("position", Integer),
    column("synced_at", DateTime),
)


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    kept_newer: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired)

    def summary(self) -> str:
        parts = [
            f"{len(items)} {label}"
            for label, items in (
                ("added", self.added),
                ("updated", self.updated),
                ("retired", self.retired),
                ("kept (newer in the database)", self.kept_newer),
            )
            if items
        ]
        return "skills library: " + (", ".join(parts) if parts else "up to date")


def _skill_row(
    framework: FrameworkFile, skill: SkillDefinition, position: int, now: datetime
) -> dict[str, Any]:
    return {
        "id": skill.id,
        "framework": framework.framework,
        "category": skill.category,
        "category_name": framework.category_name(skill.category),
        "position": position,
        "name": skill.name,
        "aliases": list(skill.aliases),
        "what": skill.what,
        "when_to_use": skill.when,
        "steps": list(skill.steps),
        "caution": skill.caution,
        "source": skill.source.model_dump(mode="json", exclude_none=True),
        "suggest": skill.suggest.model_dump(mode="json"),
        "version": skill.version,
        "content_hash": skill_hash(framework, skill),
        "retired_at": None,
        "updated_at": now,
    }


def _only(values: dict[str, Any], columns: set[str]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if key in columns}


def sync_library(
    connection: Connection, library: Library | None = None, now: datetime | None = None
) -> SyncReport:
    """Make the stored library match ``library`` (default: the packaged files)."""
    library = library or packaged_library()
    # Naive UTC, like every time column (the tables here are plain Core, without our types).
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    inspector = inspect(connection)
    skill_columns = {info["name"] for info in inspector.get_columns("skills")}
    library_columns = {info["name"] for info in inspector.get_columns("skill_library")}
    stored = {
        row.id: row
        for row in connection.execute(
            _SKILLS.select().with_only_columns(
                _SKILLS.c.id,
                _SKILLS.c.framework,
                _SKILLS.c.version,
                _SKILLS.c.content_hash,
                _SKILLS.c.retired_at,
            )
        )
    }
    stored_versions = {
        row.framework: row.version
        for row in connection.execute(
            _LIBRARY.select().with_only_columns(_LIBRARY.c.framework, _LIBRARY.c.version)
        )
    }
    report = SyncReport()
    for framework in library.frameworks:
        # Content at least as new as the database's may also revive a retired skill.
        current_release = framework.version >= stored_versions.get(framework.framework, 0)
        for position, skill in enumerate(framework.skills):
            row = _only(_skill_row(framework, skill, position, moment), skill_columns)
            current = stored.get(skill.id)
            if current is None:
                connection.execute(_SKILLS.insert().values(**row))
                report.added.append(skill.id)
            elif current.version > skill.version:
                report.kept_newer.append(skill.id)
            elif (
                current.version < skill.version
                or current.content_hash != row["content_hash"]
                or (current.retired_at is not None and current_release)
                or current.framework != framework.framework
            ):
                connection.execute(_SKILLS.update().where(_SKILLS.c.id == skill.id).values(**row))
                report.updated.append(skill.id)
        _write_framework(connection, framework, stored_versions, library_columns, moment)

    current_ids = library.skill_ids()
    versions = {framework.framework: framework.version for framework in library.frameworks}
    for skill_id, row in stored.items():
        if skill_id in current_ids or row.retired_at is not None:
            continue
        # Retire only what a release at least as new as the database's content dropped.
        if versions.get(row.framework, 0) < stored_versions.get(row.framework, 0):
            continue
        connection.execute(
            _SKILLS.update().where(_SKILLS.c.id == skill_id).values(retired_at=moment)
        )
        report.retired.append(skill_id)
    return report


def _write_framework(
    connection: Connection,
    framework: FrameworkFile,
    stored_versions: dict[str, int],
    columns: set[str],
    moment: datetime,
) -> None:
    row = _only(
        {
            "framework": framework.framework,
            "name": framework.name,
            "version": framework.version,
            "content_hash": framework_hash(framework),
            "position": framework.position,
            "synced_at": moment,
        },
        columns,
    )
    previous = stored_versions.get(framework.framework)
    if previous is None:
        connection.execute(_LIBRARY.insert().values(**row))
    elif previous <= framework.version:
        connection.execute(
            _LIBRARY.update().where(_LIBRARY.c.framework == framework.framework).values(**row)
        )


def refresh_library(engine: Engine) -> SyncReport | None:
    """Bring the packaged content into a migrated database (`sanctum db upgrade`)."""
    if not inspect(engine).has_table("skills"):
        return None  # migrated to a revision before the library existed
    with engine.begin() as connection:
        return sync_library(connection)
