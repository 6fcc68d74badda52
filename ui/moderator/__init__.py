"""The moderator window (Sealnote Moderator): keys, team card, import, inbox, triage, replies.

Pages call app/ only through workers (ui.workers) and the session's lock; the window never shows
a report title in its title bar, and never claims who wrote a report.
"""
