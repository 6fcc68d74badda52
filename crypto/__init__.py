"""Sealnote's cryptographic core: the sealed-report format, team cards, keys and key files.

This package is the only one that imports ``nacl``; only :mod:`crypto.primitives` touches
libsodium directly. It never imports Qt and never imports ``app`` or ``ui``.
"""
