"""The CLI's one table from error codes to text: (message, hint, exit code).

Every failure to open a report has the single code ``open.failed`` (see app.errors).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_OPEN = 3
EXIT_CARD = 4
EXIT_KEYS = 5
EXIT_IO = 6
EXIT_CANCELLED = 130

MESSAGES: dict[str, tuple[str, str, int]] = {
    "open.failed": ("this report cannot be opened",
                    "it was not sealed to your team's keys, or it was damaged or altered on the "
                    "way; ask for it to be sent again", EXIT_OPEN),
    "armor.invalid": ("the text is not a complete sealed message",
                      "copy everything from the BEGIN line to the END line", EXIT_OPEN),
    "armor.missing_parts": ("parts {missing} of {total} are missing",
                            "give all the parts of the message at once", EXIT_OPEN),
    "card.invalid": ("this is not a valid team card",
                     "it may be damaged or forged; get the card again from your team",
                     EXIT_CARD),
    "card.expired": ("this team card has expired",
                     "ask your team for their current card", EXIT_CARD),
    "card.demo_refused": ("the demo team card can only be used in demo mode",
                          "run with --demo for a workshop, or import your team's real card",
                          EXIT_CARD),
    "card.real_in_demo": ("demo mode only uses the built-in demo team",
                          "run without --demo to use a real team card", EXIT_CARD),
    "keyfile.invalid": ("this is not a usable key file", "check the path", EXIT_KEYS),
    "keyfile.kdf_refused": ("the key file asks for unsafe or absurd settings",
                            "it was not made by Sealnote or was altered", EXIT_KEYS),
    "keyfile.wrong_passphrase": ("wrong passphrase, or the key file was altered",
                                 "try again; check the keyboard layout", EXIT_KEYS),
    "key.encoding": ("this key is not valid", "copy the whole key string", EXIT_KEYS),
    "passphrase.too_short": ("the passphrase is too short",
                             "use at least 8 characters; several words are best", EXIT_USAGE),
    "passphrase.mismatch": ("the two passphrases differ", "type the same passphrase twice",
                            EXIT_USAGE),
    "passphrase.unavailable": ("no passphrase given",
                               "use --passphrase-file FILE or --passphrase-fd N, or run in a "
                               "terminal", EXIT_USAGE),
    "form.invalid": ("the report is incomplete or invalid: {fields}",
                     "fill in the named fields", EXIT_USAGE),
    "attachment.unreadable": ("an attachment cannot be read", "check that the file exists",
                              EXIT_IO),
    "attachment.not_a_file": ("an attachment is not a regular file", "attach files, not folders",
                              EXIT_IO),
    "input.unreadable": ("the input file cannot be read", "check the path", EXIT_IO),
    "output.exists": ("the output file already exists", "choose another name", EXIT_IO),
    "output.terminal": ("refusing to write binary data to a terminal",
                        "use -o FILE or --armor", EXIT_USAGE),
    "io.write_failed": ("writing failed (disk full or no permission?)",
                        "nothing was left half-written; free space and try again", EXIT_IO),
    "io.failed": ("a file operation failed", "check paths and free space", EXIT_IO),
    "seal.source_changed": ("an attachment changed while it was being sealed",
                            "nothing was written; try again", EXIT_IO),
    "seal.failed": ("sealing failed", "nothing was written", EXIT_FAILED),
    "team.invalid_name": ("the team name is not valid", "use 1 to 100 printable characters",
                          EXIT_USAGE),
    "team.invalid_validity": ("the validity must be 1 to 1830 days", "", EXIT_USAGE),
    "cancelled": ("cancelled", "nothing was written", EXIT_CANCELLED),
    "system.out_of_memory": ("out of memory", "close other programs and try again", EXIT_FAILED),
    "internal": ("an unexpected error happened", "please report it (no report content is "
                 "included in this message)", EXIT_FAILED),
}


def describe(code: str, params: dict[str, object]) -> tuple[str, str, int]:
    """Message, hint and exit code for ``code``."""
    message, hint, status = MESSAGES.get(code, MESSAGES["internal"])
    try:
        return message.format(**params), hint.format(**params), status
    except (KeyError, IndexError):
        return message, hint, status
