"""Turning one free-text message into structured records (the `sanctum analyze` contract)."""
