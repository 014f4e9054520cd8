"""Multi-step conversations (intake, confirmations) whose progress survives restarts."""
