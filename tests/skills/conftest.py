"""Diary and skills fixtures (see tests/diary/support.py)."""

from tests.diary.support import chat, core, crisis_path, library

__all__ = ["chat", "core", "crisis_path", "library"]
