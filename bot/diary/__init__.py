"""The DBT diary card: card items, the merged day card, recording, risk, the weekly view."""
