"""Putting the core together from settings: key ring, database, core."""

from __future__ import annotations

from bot.core import Core
from bot.crisis.path import SafetyPath
from bot.llm.companion import LLMCompanion
from bot.llm.port import LanguageModel
from bot.llm.registry import language_model_for
from bot.llm.understanding import LLMUnderstanding
from bot.settings import Settings
from storage.crypto import KeyRing, load_or_create_key
from storage.db import Database


def configured_keys(settings: Settings) -> tuple[str, ...]:
    """The current key (generated into the data dir the first time), then the retired ones."""
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
    return (current, *retired)


def build_keyring(settings: Settings) -> KeyRing:
    current, *retired = configured_keys(settings)
    return KeyRing(current, tuple(retired))


def open_database(settings: Settings) -> Database:
    return Database(
        settings.resolved_database_url,
        build_keyring(settings),
        writers_in_other_processes=settings.core_processes > 0,
    )


def build_core(
    settings: Settings, db: Database | None = None, *, language_model: LanguageModel | None = None
) -> Core:
    """The core with the configured provider; offline (no network at all) by default.

    Raises ProviderNotConfigured when the chosen provider lacks a key or model.
    """
    database = db or open_database(settings)
    model = language_model if language_model is not None else language_model_for(settings)
    if model is None:
        return Core(database, settings, crisis_path=SafetyPath(settings))
    return Core(
        database,
        settings,
        understand=LLMUnderstanding(model, settings),
        companion=LLMCompanion(model, database, settings),
        crisis_path=SafetyPath(settings),
    )
