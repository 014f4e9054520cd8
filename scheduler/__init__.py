"""Check-ins, reminders and digests in each user's time zone (see issue 6)."""
