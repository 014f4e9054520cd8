"""Putting the core together from settings: key ring, database, core."""

from __future__ import annotations

from bot.core import Core
from bot.crisis.path import SafetyPath
from bot.settings import Settings
from storage.crypto import KeyRing, load_or_create_key
from storage.db import Database


def build_keyring(settings: Settings) -> KeyRing:
    if settings.encryption_key is not None:
        current = settings.encryption_key.get_secret_value()
    else:
        current = load_or_create_key(settings.data_dir)
    retired: tuple[str, ...] = ()
    if settings.encryption_old_keys is not None:
        retired = tuple(
            key.strip()
            for key in settings.encryption_old_keys.get_secret_value().split(",")
            if key.strip()
        )
    return KeyRing(current, retired)


def open_database(settings: Settings) -> Database:
    return Database(settings.resolved_database_url, build_keyring(settings))


def build_core(settings: Settings, db: Database | None = None) -> Core:
    return Core(db or open_database(settings), settings, crisis_path=SafetyPath(settings))
