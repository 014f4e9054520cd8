"""A person's control over their data: audit, /export and /forget."""
