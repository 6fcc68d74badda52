"""Command-line interfaces: ``sealnote`` (editors) and ``sealnote-moderator`` (the team)."""
