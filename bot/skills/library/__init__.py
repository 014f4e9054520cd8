"""The skills content: one YAML file per framework (data only; see bot/skills/content.py)."""
