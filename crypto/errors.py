"""Typed errors of the crypto layer, each with a stable code.

Every failure to open a sealed report is a subclass of :class:`OpenError`: callers show people one
opaque message for all of them, while tests (and a debug flag) can still tell the classes apart.
"""

from __future__ import annotations


class SealnoteCryptoError(Exception):
    """Base of every error raised by :mod:`crypto`."""

    code = "crypto.error"


class OpenError(SealnoteCryptoError):
    """The sealed report cannot be opened. Shown to people as one uniform message."""

    code = "open.failed"


class NotASealedReport(OpenError):
    """Empty, too short, wrong version or non-zero flags: not a file this version can read."""

    code = "open.not_a_report"


class NoMatchingKey(OpenError):
    """No recipient slot opens with any of the keys given."""

    code = "open.no_matching_key"


class HeaderTampered(OpenError):
    """A slot opened but the header MAC does not verify (tampering or mixed slots)."""

    code = "open.header_mac"


class PayloadTampered(OpenError):
    """A payload chunk failed authentication, or tags or chunk sizes break the rules."""

    code = "open.payload_auth"


class Truncated(OpenError):
    """The payload ends before its FINAL chunk or last segment."""

    code = "open.truncated"


class TrailingData(OpenError):
    """Bytes follow the last segment's FINAL chunk."""

    code = "open.trailing_data"


class InnerFormatError(OpenError):
    """The decrypted content is malformed: sizes that don't add up, bad manifest, bad padding."""

    code = "open.inner_format"


class SealError(SealnoteCryptoError):
    """Sealing could not be done (bad recipients, a source that changed size, ...)."""

    code = "seal.failed"


class SourceChanged(SealError):
    """An attachment was shorter or longer than declared while it was being sealed."""

    code = "seal.source_changed"


class Cancelled(SealnoteCryptoError):
    """The caller's cancel callback asked to stop."""

    code = "cancelled"


class KeyEncodingError(SealnoteCryptoError):
    """A key string is malformed, has a bad checksum, or is a different kind of key."""

    code = "key.encoding"


class CardError(SealnoteCryptoError):
    """A team card is malformed or its signature does not verify."""

    code = "card.invalid"


class CardExpired(CardError):
    """The team card is past its expiry date."""

    code = "card.expired"


class KeyFileError(SealnoteCryptoError):
    """A key file is malformed or its parameters are refused."""

    code = "keyfile.invalid"


class KdfParametersRefused(KeyFileError):
    """Argon2id parameters outside the accepted range; refused before any derivation."""

    code = "keyfile.kdf_refused"


class WrongPassphrase(KeyFileError):
    """The passphrase does not open the key file (or the file was altered)."""

    code = "keyfile.wrong_passphrase"


class ArmorError(SealnoteCryptoError):
    """Pasted text is not a complete armored message or set of parts."""

    code = "armor.invalid"


class MissingParts(ArmorError):
    """Some numbered parts are missing; ``missing`` lists their numbers (1-based)."""

    code = "armor.missing_parts"

    def __init__(self, missing: list[int], total: int) -> None:
        super().__init__(f"missing parts {missing} of {total}")
        self.missing = missing
        self.total = total
