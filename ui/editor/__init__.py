"""The editor window (Sealnote): pages, models and the main window.

Nothing under ui/editor may import the code that unseals reports (app.opening,
crypto.sealed_report.open_report, crypto.stream.open_stream, crypto.header.unlock_header).
"""


