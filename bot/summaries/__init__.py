"""Summaries: the rapid-cycling day, the week, paged history."""
