"""The Discord front end (discord.py). discord.py objects never leave this package."""
