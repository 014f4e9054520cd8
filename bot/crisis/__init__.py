"""Crisis detection and the safety path."""
