"""Adapters: chat platforms, outbound channels, LLM providers and the command line."""
