"""Tests of the offline understanding engine (bot/understanding/offline)."""
