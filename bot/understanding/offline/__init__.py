"""The offline rule engine: the default understanding provider, no network, no keys."""

from bot.understanding.offline.engine import analyze_offline

__all__ = ["analyze_offline"]
