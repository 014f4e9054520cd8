"""Assembling what the bot knows about a person into an LLM prompt (see issue 4)."""
