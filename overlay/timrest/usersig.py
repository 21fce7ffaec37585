"""TLSSigAPIv2 UserSigs: generate, decode and verify them locally.

The algorithm is Tencent's (``tls-sig-api-v2``), byte for byte: the output of
:func:`generate_usersig` equals the official package's for the same inputs and clock.
:func:`verify_usersig` checks in the order of Tencent's Go verifier and raises an error
that names what mismatched, which answers most 700xx errors without a round trip::

    >>> sig = generate_usersig(1400000000, "administrator", key, expire=86400)
    >>> decode_usersig(sig).identifier
    'administrator'
    >>> verify_usersig(sig, sdkappid=1400000000, identifier="administrator", secret_key=key)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
import zlib
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DEFAULT_EXPIRE",
    "DecodedUserSig",
    "UserSigError",
    "UserSigExpiredError",
    "UserSigIdentifierMismatchError",
    "UserSigMalformedError",
    "UserSigSdkAppIdMismatchError",
    "UserSigSignatureMismatchError",
    "UserSigUserBufMismatchError",
    "decode_usersig",
    "generate_usersig",
    "verify_usersig",
]

DEFAULT_EXPIRE = 180 * 86400
"""The official package's default lifetime, in seconds (180 days)."""

_TO_URL = bytes.maketrans(b"+/=", b"*-_")
_FROM_URL = bytes.maketrans(b"*-_", b"+/=")


class UserSigError(ValueError):
    """A UserSig could not be decoded or did not verify. Never carries the secret key."""


class UserSigMalformedError(UserSigError):
    """Not a TLSSigAPIv2 UserSig: bad alphabet, truncated, not zlib, not JSON, or fields missing."""


class UserSigSdkAppIdMismatchError(UserSigError):
    """The UserSig was issued for another SDKAppID (the service answers 70014)."""


class UserSigIdentifierMismatchError(UserSigError):
    """The UserSig was issued for another identifier (the service answers 70013)."""


class UserSigExpiredError(UserSigError):
    """``TLS.time + TLS.expire`` has passed (the service answers 70001)."""


class UserSigUserBufMismatchError(UserSigError):
    """The userbuf inside the UserSig is not the expected one."""


class UserSigSignatureMismatchError(UserSigError):
    """The HMAC does not match: signed with another key (the service answers 70009)."""


@dataclass(frozen=True, slots=True)
class DecodedUserSig:
    """The fields inside a UserSig. ``signature`` is the HMAC (base64), not a secret."""

    version: str
    identifier: str
    sdkappid: int
    time: int
    expire: int
    signature: str
    userbuf: bytes | None = None

    @property
    def expires_at(self) -> int:
        """Unix seconds after which the service rejects the UserSig with 70001."""
        return self.time + self.expire

    def is_expired(self, now: float | None = None) -> bool:
        """True when ``now`` (default: the current time) is past :attr:`expires_at`."""
        return int(time.time() if now is None else now) > self.expires_at


def _content(
    identifier: str, sdkappid: int, issued: int, expire: int, userbuf: bytes | None
) -> bytes:
    text = (
        f"TLS.identifier:{identifier}\n"
        f"TLS.sdkappid:{sdkappid}\n"
        f"TLS.time:{issued}\n"
        f"TLS.expire:{expire}\n"
    )
    if userbuf is not None:
        text += f"TLS.userbuf:{base64.b64encode(userbuf).decode()}\n"
    return text.encode()


def _hmac(secret_key: str, content: bytes) -> str:
    digest = hmac.new(secret_key.encode(), content, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _check_int(name: str, value: object, minimum: int) -> int:
    # bool is an int; a float like 15552000.0 would sign "15552000.0" in the official code.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def generate_usersig(
    sdkappid: int,
    identifier: str,
    secret_key: str,
    expire: int = DEFAULT_EXPIRE,
    *,
    userbuf: bytes | None = None,
    now: float | None = None,
) -> str:
    """Sign ``identifier`` for ``sdkappid`` with the app's secret key, valid ``expire`` seconds.

    ``now`` (Unix seconds, truncated like the official code) defaults to the current time.
    """
    _check_int("sdkappid", sdkappid, 1)
    _check_int("expire", expire, 1)
    if not isinstance(identifier, str) or not identifier:
        raise ValueError("identifier must be a non-empty string")
    if not isinstance(secret_key, str) or not secret_key:
        raise ValueError("secret_key must be a non-empty string")
    issued = int(time.time() if now is None else now)
    sig = _hmac(secret_key, _content(identifier, sdkappid, issued, expire, userbuf))
    doc: dict[str, Any] = {
        "TLS.ver": "2.0",
        "TLS.identifier": identifier,
        "TLS.sdkappid": sdkappid,
        "TLS.expire": expire,
        "TLS.time": issued,
    }
    if userbuf is not None:
        doc["TLS.userbuf"] = base64.b64encode(userbuf).decode()
    doc["TLS.sig"] = sig
    # json.dumps defaults and zlib level 6 reproduce the official bytes exactly.
    compressed = zlib.compress(json.dumps(doc).encode())
    return base64.b64encode(compressed).translate(_TO_URL).decode()


def _field(doc: dict[str, Any], name: str, kind: type) -> Any:
    value = doc.get(name)
    if isinstance(value, bool) or not isinstance(value, kind):
        raise UserSigMalformedError(f"UserSig field {name} is missing or not a {kind.__name__}")
    return value


MAX_USERSIG_LENGTH = 8192
"""Characters a UserSig may have; real ones have a few hundred (a long userbuf, a few KB)."""
MAX_DECODED_BYTES = 16384
"""Bytes the JSON inside may inflate to: a zlib bomb stops here, not in memory."""


def _inflate(raw: bytes) -> bytes:
    inflater = zlib.decompressobj()
    data = inflater.decompress(raw, MAX_DECODED_BYTES)
    if inflater.unconsumed_tail:
        raise UserSigMalformedError(
            f"UserSig inflates to more than {MAX_DECODED_BYTES} bytes; not a UserSig"
        )
    return data


def decode_usersig(usersig: str) -> DecodedUserSig:
    """Decode a UserSig without verifying it (no key needed). The input and what it
    inflates to are bounded (``MAX_USERSIG_LENGTH``, ``MAX_DECODED_BYTES``)."""
    if not isinstance(usersig, str) or not usersig:
        raise UserSigMalformedError("UserSig is empty")
    if len(usersig) > MAX_USERSIG_LENGTH:
        raise UserSigMalformedError(
            f"UserSig is {len(usersig)} characters, over {MAX_USERSIG_LENGTH}; not a UserSig"
        )
    try:
        raw = base64.b64decode(usersig.encode("ascii").translate(_FROM_URL), validate=True)
        doc = json.loads(_inflate(raw))
    except UserSigMalformedError:
        raise
    except (UnicodeEncodeError, binascii.Error, zlib.error, ValueError) as exc:
        raise UserSigMalformedError(
            f"UserSig is not base64url(zlib(JSON)) ({type(exc).__name__}); truncated?"
        ) from None
    if not isinstance(doc, dict):
        raise UserSigMalformedError("UserSig JSON is not an object")
    userbuf: bytes | None = None
    if "TLS.userbuf" in doc:
        try:
            userbuf = base64.b64decode(_field(doc, "TLS.userbuf", str), validate=True)
        except binascii.Error:
            raise UserSigMalformedError("UserSig field TLS.userbuf is not base64") from None
    return DecodedUserSig(
        version=str(doc.get("TLS.ver", "")),
        identifier=_field(doc, "TLS.identifier", str),
        sdkappid=_field(doc, "TLS.sdkappid", int),
        time=_field(doc, "TLS.time", int),
        expire=_field(doc, "TLS.expire", int),
        signature=_field(doc, "TLS.sig", str),
        userbuf=userbuf,
    )


def verify_usersig(
    usersig: str,
    *,
    sdkappid: int,
    identifier: str,
    secret_key: str,
    userbuf: bytes | None = None,
    now: float | None = None,
) -> DecodedUserSig:
    """Verify a UserSig as the service does; return its fields or raise what mismatched.

    Order of checks (as Tencent's Go ``VerifyUserSig``): sdkappid, identifier, expiry,
    userbuf, HMAC.
    """
    decoded = decode_usersig(usersig)
    if decoded.sdkappid != sdkappid:
        raise UserSigSdkAppIdMismatchError(
            f"UserSig is for sdkappid {decoded.sdkappid}, expected {sdkappid}"
        )
    if decoded.identifier != identifier:
        raise UserSigIdentifierMismatchError(
            f"UserSig is for identifier {decoded.identifier!r}, expected {identifier!r}"
        )
    if decoded.is_expired(now):
        raise UserSigExpiredError(
            f"UserSig expired at {decoded.expires_at} (issued {decoded.time}, "
            f"valid {decoded.expire} s)"
        )
    if decoded.userbuf != userbuf:
        raise UserSigUserBufMismatchError("UserSig userbuf does not match the expected one")
    content = _content(
        decoded.identifier, decoded.sdkappid, decoded.time, decoded.expire, decoded.userbuf
    )
    if not hmac.compare_digest(_hmac(secret_key, content), decoded.signature):
        raise UserSigSignatureMismatchError(
            "UserSig signature does not match: signed with another secret key (another SDKAppID's?)"
        )
    return decoded
