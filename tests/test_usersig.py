"""UserSig: the Tencent test vector, a differential test against the official package, verify."""

from __future__ import annotations

import json
import zlib

import pytest
import TLSSigAPIv2
from hypothesis import given
from hypothesis import strategies as st

from timrest.usersig import (
    UserSigExpiredError,
    UserSigIdentifierMismatchError,
    UserSigMalformedError,
    UserSigSdkAppIdMismatchError,
    UserSigSignatureMismatchError,
    UserSigUserBufMismatchError,
    decode_usersig,
    generate_usersig,
    verify_usersig,
)

KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"
VECTOR = (
    "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkElNyM-Myi0uKEkvyi2BKilOyEwsKMlOACgxNDKAAKpdaUZBZ"
    "lAqSMTU1NUKIl2TmgkXN0dQXZ6aD7PFyrqpIzHOz8AsJiUgsNcnVNsqwLC8zT4-0yqv0yy7ONajINfRzjQg1MjexVaoF"
    "ANTGNgc_"
)


def official(
    sdkappid: int, key: str, identifier: str, expire: int, now: float, userbuf: bytes | None = None
) -> str:
    original = TLSSigAPIv2.time.time
    TLSSigAPIv2.time.time = lambda: now
    try:
        api = TLSSigAPIv2.TLSSigAPIv2(sdkappid, key)
        if userbuf is None:
            return str(api.gen_sig(identifier, expire))
        return str(api.gen_sig_with_userbuf(identifier, expire, userbuf))
    finally:
        TLSSigAPIv2.time.time = original


def raw_json(sig: str) -> dict[str, object]:
    result: dict[str, object] = json.loads(
        zlib.decompress(TLSSigAPIv2.base64_decode_url(sig.encode()))
    )
    return result


def test_reference_vector() -> None:
    sig = generate_usersig(1400000000, "administrator", KEY, 86400 * 180, now=1700000000.123)
    assert sig == VECTOR
    decoded = decode_usersig(sig)
    assert decoded.signature == "JCzxanF8NTTXau4m+2h9wv7gYJnyNksm0xm1NEXU274="
    assert decoded.expires_at == 1700000000 + 15552000


def test_userbuf_vector() -> None:
    sig = generate_usersig(
        1400000000, "administrator", KEY, 86400 * 180, userbuf=b"abc", now=1700000000
    )
    assert decode_usersig(sig).signature == "yDVc12SkgXuplplV7z5AjCASLu0vfTxmBwKDm6d34Rs="
    assert decode_usersig(sig).userbuf == b"abc"


identifiers = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=0x2FFF), min_size=1, max_size=32
)


@given(
    sdkappid=st.integers(1, 0xFFFFFFFF),
    identifier=identifiers,
    key=st.text(alphabet="0123456789abcdef", min_size=1, max_size=64),
    expire=st.integers(1, 10**9),
    now=st.integers(0, 2**33),
    userbuf=st.none() | st.binary(max_size=64),
)
def test_matches_official_package(
    sdkappid: int, identifier: str, key: str, expire: int, now: int, userbuf: bytes | None
) -> None:
    ours = generate_usersig(sdkappid, identifier, key, expire, userbuf=userbuf, now=now)
    theirs = official(sdkappid, key, identifier, expire, now, userbuf)
    assert raw_json(ours) == raw_json(theirs)  # same fields, same HMAC
    assert ours == theirs  # and, with json.dumps defaults and zlib level 6, the same bytes
    verify_usersig(
        theirs, sdkappid=sdkappid, identifier=identifier, secret_key=key, userbuf=userbuf, now=now
    )


def test_verify_names_what_mismatched() -> None:
    sig = generate_usersig(1400000000, "admin", KEY, 100, now=1000)
    good = {"sdkappid": 1400000000, "identifier": "admin", "secret_key": KEY, "now": 1050}
    assert verify_usersig(sig, **good).identifier == "admin"  # type: ignore[arg-type]
    cases: list[tuple[dict[str, object], type[Exception], str]] = [
        ({"sdkappid": 1400000001}, UserSigSdkAppIdMismatchError, "sdkappid 1400000000"),
        ({"identifier": "bob"}, UserSigIdentifierMismatchError, "'admin'"),
        ({"now": 1101}, UserSigExpiredError, "expired at 1100"),
        ({"secret_key": "0" * 64}, UserSigSignatureMismatchError, "another secret key"),
        ({"userbuf": b"x"}, UserSigUserBufMismatchError, "userbuf"),
    ]
    for change, error, text in cases:
        with pytest.raises(error, match=text) as info:
            verify_usersig(sig, **{**good, **change})  # type: ignore[arg-type]
        assert KEY not in str(info.value)
    assert verify_usersig(sig, **{**good, "now": 1100})  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "!!!", VECTOR[:50], "eJyrVgrxCdYrSy1S", "YWJj"])
def test_decode_rejects_malformed(bad: str) -> None:
    with pytest.raises(UserSigMalformedError):
        decode_usersig(bad)


def test_float_expire_is_refused() -> None:
    # The official code signs str(15552000.0) but stores int(...): a silently invalid token.
    with pytest.raises(TypeError, match="expire must be an int"):
        generate_usersig(1400000000, "admin", KEY, 86400.0 * 180)  # type: ignore[arg-type]


def test_decoding_is_bounded_against_bombs() -> None:
    import base64
    import tracemalloc
    import zlib

    from timrest.usersig import MAX_USERSIG_LENGTH, UserSigMalformedError

    bomb = zlib.compress(b"{" + b" " * 50_000_000 + b"}", 9)  # ~50 KB of zlib, 50 MB inflated
    sig = base64.b64encode(bomb).decode().translate(str.maketrans("+/=", "*-_"))
    assert len(sig) < 100_000
    tracemalloc.start()
    with pytest.raises(UserSigMalformedError, match=r"over|more than"):
        decode_usersig(sig)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5_000_000  # never inflated whole
    small_bomb = base64.b64encode(zlib.compress(b" " * 1_000_000, 9)).decode()
    small_bomb = small_bomb.translate(str.maketrans("+/=", "*-_"))
    assert len(small_bomb) <= MAX_USERSIG_LENGTH
    with pytest.raises(UserSigMalformedError, match="inflates to more than"):
        decode_usersig(small_bomb)
