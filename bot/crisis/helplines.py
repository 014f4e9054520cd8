"""Helplines and emergency numbers by country (placeholder until the data file lands)."""

from __future__ import annotations


def emergency_number_for(country: str | None) -> str | None:
    return None


def helpline_lines_for(country: str | None) -> str:
    return ""
