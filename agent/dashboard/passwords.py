"""The salon's dashboard password, stored only as a scrypt hash (stdlib `hashlib.scrypt`).

Format: `scrypt:<log2 n>:<r>:<p>:<salt, base64>:<key, base64>`: the cost travels with the hash,
so it can be raised later without breaking hashes already in an environment; no `$`, which
shells and env files would expand.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
LOG2_N, R, P = 15, 8, 1  # ~32 MiB and ~50-100 ms per check: slow for a guesser, fine for a login
KEY_BYTES = 32
MIN_LENGTH = 8


class InvalidHashError(ValueError):
    """DASHBOARD_PASSWORD_HASH is not a hash this module made."""


def _scrypt(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=2**log2_n,
        r=r,
        p=p,
        maxmem=2 ** (log2_n + 1) * r * 128 + 2**20,
        dklen=KEY_BYTES,
    )


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"the password needs at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(16)
    key = _scrypt(password, salt, LOG2_N, R, P)
    b64 = base64.b64encode
    return f"{SCHEME}:{LOG2_N}:{R}:{P}:{b64(salt).decode()}:{b64(key).decode()}"


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """(log2 n, r, p, salt, key); InvalidHashError when `stored` is not in this format."""
    parts = stored.strip().split(":")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise InvalidHashError("expected scrypt:<log2 n>:<r>:<p>:<salt>:<key>")
    try:
        log2_n, r, p = (int(x) for x in parts[1:4])
        salt, key = (
            base64.b64decode(parts[4], validate=True),
            base64.b64decode(parts[5], validate=True),
        )
    except ValueError as exc:
        raise InvalidHashError(str(exc)) from exc
    if not (10 <= log2_n <= 20 and 1 <= r <= 32 and 1 <= p <= 16) or len(key) < 16:
        raise InvalidHashError("cost parameters or key length out of range")
    return log2_n, r, p, salt, key


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; blocking (~0.1 s): call it in a worker thread."""
    log2_n, r, p, salt, key = parse_hash(stored)
    return hmac.compare_digest(_scrypt(password, salt, log2_n, r, p), key)


def fingerprint(stored: str) -> str:
    """A short digest of the hash: sessions carry it, so a new password ends old sessions."""
    return hashlib.sha256(stored.strip().encode()).hexdigest()[:16]
