"""Adapters: chat platforms, outbound channels, LLM providers and the command line."""

# Registers the LLM providers with the bot's registry (the SDKs load only when configured).
import adapters.llm  # noqa: F401
