"""Encryption at rest: a key from the passphrase (scrypt), then AES-GCM for every label and payload.

Parameters follow the OWASP password storage advice for scrypt (N = 2**17, r = 8, p = 1). They are stored
with the salt, so a later version can raise them without locking anyone out. A small "verifier" blob,
encrypted with the key, tells a wrong passphrase apart from damaged data before anything is decrypted
or written.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from guardian_app.storage.errors import WrongPassphrase

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

    def to_json(self) -> bytes:
        return json.dumps({"name": "scrypt", **asdict(self)}, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> KdfParams:
        data = json.loads(raw)
        return cls(n=int(data["n"]), r=int(data["r"]), p=int(data["p"]), length=int(data["length"]))


def new_salt() -> bytes:
    return os.urandom(SALT_SIZE)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Stretch the passphrase into a key; slow on purpose (about half a second)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    # scrypt needs 128 * n * r bytes; the default cap in OpenSSL is lower than what N = 2**17 needs.
    kdf = Scrypt(salt=salt, length=params.length, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


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
