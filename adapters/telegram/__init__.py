"""The Telegram front end (python-telegram-bot). PTB objects never leave this package."""

import os

# Opt in to python-telegram-bot's coming time periods as timedelta (RetryAfter.retry_after
# and others), which it otherwise announces with a deprecation warning on every 429.
os.environ.setdefault("PTB_TIMEDELTA", "true")
