"""Encryption at rest: a key from the passphrase (scrypt), then AES-GCM for every label and payload.

Parameters follow the OWASP password storage advice for scrypt (N = 2**17, r = 8, p = 1). They are stored
with the salt, so a later version can raise them without locking anyone out. A small "verifier" blob,
encrypted with the key, tells a wrong passphrase apart from damaged data before anything is decrypted
or written.

Passphrases are normalised to Unicode NFC before the key is derived, so "é" typed as one character or as
"e" plus an accent opens the same lock. Locks made before that (their KDF record has no "normalization")
were derived from the passphrase as typed; :func:`key_candidates` tries those forms too, so they still open.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from guardian_app.storage.errors import InvalidPassphrase, WrongPassphrase

NONCE_SIZE = 12
SALT_SIZE = 16
_VERIFIER_PLAINTEXT = b"guardian-passphrase-verifier-v1"
_VERIFIER_AAD = b"guardian:verifier"


@dataclass(frozen=True)
class KdfParams:
    """scrypt settings, saved next to the salt (as JSON) in the database's meta table."""

    n: int = 2**17
    r: int = 8
    p: int = 1
    length: int = 32  # AES-256
    normalization: str = "NFC"  # "" for locks made before passphrases were normalised

    def to_json(self) -> bytes:
        return json.dumps({"name": "scrypt", **asdict(self)}, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> KdfParams:
        """The stored settings; a damaged or out-of-bounds record gives the defaults (see :meth:`sane`)."""
        try:
            data = json.loads(raw)
            params = cls(n=int(data["n"]), r=int(data["r"]), p=int(data["p"]), length=int(data["length"]),
                         normalization=str(data.get("normalization", "")))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return cls(normalization="")
        return params if params.sane() else cls(normalization="")

    def sane(self) -> bool:
        """Whether these settings are ones Guardian could have written: a damaged record must not ask
        scrypt for gigabytes of memory or hours of work."""
        power_of_two = self.n >= 2 and self.n & (self.n - 1) == 0
        return (power_of_two and 128 * self.n * self.r <= 2**28 and 1 <= self.r <= 32
                and 1 <= self.p <= 4 and self.length == 32 and self.normalization in ("", "NFC"))


def new_salt() -> bytes:
    return os.urandom(SALT_SIZE)


def passphrase_bytes(passphrase: str, normalization: str = "NFC") -> bytes:
    """The passphrase as the KDF sees it ("NFC", "NFD" or "" for as typed); raises
    :class:`InvalidPassphrase` when it is empty or not text."""
    if not passphrase:
        raise InvalidPassphrase("the passphrase is empty", kind="empty-passphrase")
    try:
        if normalization == "NFC":
            passphrase = unicodedata.normalize("NFC", passphrase)
        elif normalization == "NFD":
            passphrase = unicodedata.normalize("NFD", passphrase)
        return passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: not text, whatever the normal form
        raise InvalidPassphrase("the passphrase holds characters that are not text") from exc


def check_passphrase(passphrase: str) -> None:
    """Raises :class:`InvalidPassphrase` if ``passphrase`` could never make a key."""
    passphrase_bytes(passphrase)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Stretch the passphrase into a key; slow on purpose (about half a second)."""
    return _derive(passphrase_bytes(passphrase, params.normalization), salt, params)


def key_candidates(passphrase: str, salt: bytes, params: KdfParams) -> Iterator[bytes]:
    """The keys this passphrase may have made: one for current locks, up to three for older ones.

    An older lock was derived from the passphrase as it was typed then, which may have been composed (NFC)
    or decomposed (NFD) whatever the keyboard gives now; ASCII passphrases need one derivation only.
    """
    if params.normalization:
        yield derive_key(passphrase, salt, params)
        return
    seen: set[bytes] = set()
    for form in ("NFC", "", "NFD"):
        raw = passphrase_bytes(passphrase, form)
        if raw not in seen:
            seen.add(raw)
            yield _derive(raw, salt, params)


def _derive(raw: bytes, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    # scrypt needs 128 * n * r bytes; the default cap in OpenSSL is lower than what N = 2**17 needs.
    kdf = Scrypt(salt=salt, length=params.length, n=params.n, r=params.r, p=params.p)
    return kdf.derive(raw)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """A fresh random nonce, then the ciphertext with its authentication tag."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """The plaintext; raises :class:`WrongPassphrase` if the key is wrong or the blob was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], aad)
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase("the passphrase does not unlock the saved answers") from exc


def make_verifier(key: bytes) -> bytes:
    return encrypt(key, _VERIFIER_PLAINTEXT, _VERIFIER_AAD)


def check_verifier(key: bytes, verifier: bytes) -> None:
    """Raises :class:`WrongPassphrase` unless ``key`` is the one that made ``verifier``."""
    if decrypt(key, verifier, _VERIFIER_AAD) != _VERIFIER_PLAINTEXT:
        raise WrongPassphrase("the passphrase does not unlock the saved answers")


def verifies(key: bytes, verifier: bytes) -> bool:
    """Whether ``key`` is the one that made ``verifier``."""
    try:
        check_verifier(key, verifier)
    except WrongPassphrase:
        return False
    return True


def opens(key: bytes, blob: bytes, aad: bytes) -> bool:
    """Whether ``key`` decrypts ``blob`` (an authenticated decryption cannot succeed by chance)."""
    try:
        decrypt(key, blob, aad)
    except WrongPassphrase:
        return False
    return True
