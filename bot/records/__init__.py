"""Writing what was understood into records, describing them, and undoing the last one."""
