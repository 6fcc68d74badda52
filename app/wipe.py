"""Quick wipe: crypto-erase the vault, then remove everything else; back to first run.

Order matters. The vault key file goes first: it holds the only wrapped copies of the vault key,
and without it every draft (each one's key is wrapped by the vault key) is undecryptable, even
if the later steps fail or the power goes. Overwriting files in place is not attempted: on SSDs,
journaling and copy-on-write file systems the old blocks survive elsewhere, so overwriting gives
false comfort; destroying the key is what works.

The limit, stated plainly: someone who copied the disk *before* the wipe and knows (or learns) the
passphrase can still open that copy. A wipe protects against what is found afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import AppError
from app.fs import fsync_dir, remove_tree
from app.keyring_unlock import KeyringUnlock
from app.paths import AppPaths
from app.reply_keys import destroy_reply_keys
from app.vault import Vault, destroy_vault_key_file, drafts_folder, reset_forgotten

OUTBOX_FOLDER = "outbox"


@dataclass(frozen=True)
class WipeStep:
    """One step of the wipe and how it went (``code`` is a stable reason on failure)."""

    name: str
    ok: bool
    code: str = ""


@dataclass(frozen=True)
class WipeSummary:
    """Every step, in order. ``complete`` is False when any step failed."""

    steps: tuple[WipeStep, ...]

    @property
    def complete(self) -> bool:
        """True when every step succeeded."""
        return all(step.ok for step in self.steps)

    @property
    def vault_key_destroyed(self) -> bool:
        """True when the crypto-erase itself succeeded (drafts are unreadable)."""
        return any(s.name == "vault_key" and s.ok for s in self.steps)


def _step(name: str, action: Callable[[], object]) -> WipeStep:
    try:
        action()
    except OSError:
        return WipeStep(name, False, "io.failed")
    except AppError as exc:
        return WipeStep(name, False, exc.code)
    return WipeStep(name, True)


def _keyring_account(paths: AppPaths) -> str | None:
    with contextlib.suppress(AppError):
        return Vault.keyring_account(paths)
    return None


def _delete_keyring_item(access: KeyringUnlock, account: str) -> None:
    result = access.delete(account)
    if not result.ok:
        raise AppError(result.reason_code)


def quick_wipe(paths: AppPaths, vault: Vault | None,
               keyring: KeyringUnlock | None = None) -> WipeSummary:
    """Destroy the vault key file, then drafts, outbox, reply keys, settings, the keyring item,
    the rest.

    Locks ``vault`` (forgetting its key, so RAM-only drafts are gone too). Continues past
    failures and reports each step; never raises. Afterwards Vault.exists(paths) is False.
    """
    account = _keyring_account(paths)
    steps = [_step("vault_key", lambda: destroy_vault_key_file(paths))]
    if vault is not None:
        vault.lock()
    steps.append(_step("drafts", lambda: remove_tree(drafts_folder(paths))))
    steps.append(_step("outbox", lambda: remove_tree(paths.data / OUTBOX_FOLDER)))
    steps.append(_step("reply_keys", lambda: destroy_reply_keys(paths)))
    steps.append(_step("settings", lambda: remove_tree(paths.config)))
    if account is not None and keyring is not None:
        steps.append(_step("keyring", lambda: _delete_keyring_item(keyring, account)))
    elif account is not None:
        steps.append(WipeStep("keyring", False, "keyring.not_given"))
    steps.append(_step("temp", lambda: remove_tree(paths.temp)))
    steps.append(_step("data", lambda: remove_tree(paths.data)))
    with contextlib.suppress(OSError):
        fsync_dir(paths.data.parent)
    return WipeSummary(tuple(steps))


def reset_after_forgotten_passphrase(paths: AppPaths) -> None:
    """Forgotten passphrase: crypto-erase the vault, remove the drafts, then the reply keys.

    The kept reply keys are wrapped by the vault key, so they open nothing once it is gone, but
    their files would still link this computer to the reports they were made for. The keyring
    item, if any, is the caller's to delete (see app.vault.reset_forgotten). Raises AppError
    io.write_failed.
    """
    reset_forgotten(paths)
    try:
        destroy_reply_keys(paths)
    except OSError as exc:
        raise AppError("io.write_failed") from exc
