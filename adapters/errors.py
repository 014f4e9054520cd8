"""Errors the front ends report to the person starting Sanctum."""


class StartupError(Exception):
    """Sanctum cannot start with this configuration; the message says why (never a secret)."""
