"""`sanctum run` talks to the same fake Bot API server as the Telegram tests."""

from tests.telegram.conftest import fake_telegram, telegram_settings

__all__ = ["fake_telegram", "telegram_settings"]
