"""Fuzz: adversarial response bodies, statuses and headers. Only TimError subclasses escape.

Runs 2,000 examples per test in CI (HYPOTHESIS_PROFILE=ci) and 50,000 in `nox -s fuzz`.
The server here is an httpx.MockTransport: the point is the parser, not the network.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from timrest import Client, MemberPage, TimError
from timrest.emulator import DEMO_ADMIN, DEMO_SDKAPPID, DEMO_SECRET_KEY

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)
KEYS = [
    "ActionStatus",
    "ErrorCode",
    "ErrorInfo",
    "GroupAttrAry",
    "MemberList",
    "MemberNum",
    "Next",
    "key",
    "value",
    "Member_Account",
    "Role",
    "AppMemberDefinedData",
    "Key",
    "Value",
]
member = st.fixed_dictionaries(
    {}, optional={k: json_values | st.text() | st.integers() for k in KEYS[8:]}
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "ActionStatus": st.sampled_from(["OK", "FAIL", "", "ok"]) | json_values,
        "ErrorCode": st.integers(-(2**70), 2**70) | json_values,
        "ErrorInfo": st.text() | json_values,
        "GroupAttrAry": st.lists(
            st.fixed_dictionaries(
                {}, optional={"key": st.text() | json_values, "value": st.text() | json_values}
            ),
            max_size=20,
        )
        | json_values,
        "MemberList": st.lists(member, max_size=60) | json_values,
        "MemberNum": st.integers(-5, 2**64) | json_values,
        "Next": st.text(max_size=20) | json_values,
    },
)
bodies = (
    envelopes.map(lambda d: json.dumps(d).encode())
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.binary(max_size=300)
    | envelopes.map(lambda d: json.dumps(d).encode()[: max(1, len(json.dumps(d)) // 2)])
)
statuses = st.sampled_from([200, 200, 200, 200, 204, 301, 400, 404, 429, 500, 502, 503, 504])
headers = st.dictionaries(
    st.sampled_from(["Retry-After", "Content-Type", "Content-Encoding", "Connection", "X-Odd"]),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=20),
    max_size=3,
)


def client_for(status: int, body: bytes, extra: dict[str, str]) -> Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=extra)

    transport = httpx.MockTransport(answer)
    return Client(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url="http://fuzz.invalid",
        http_client=httpx.Client(transport=transport),
        max_retries=0,
        rate_limit=None,
    )


def outcome(call: Any) -> object:
    try:
        return call()
    except TimError as error:
        return error


@given(status=statuses, body=bodies, extra=headers)
def test_group_attributes_only_raise_tim_errors(
    status: int, body: bytes, extra: dict[str, str]
) -> None:
    with client_for(status, body, extra) as client:
        result = outcome(lambda: client.get_group_attributes("@TGS#aROOM"))
    assert isinstance(result, dict | TimError)
    assert DEMO_SECRET_KEY not in str(result) + repr(result)
    if isinstance(result, dict):
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in result.items())


@given(status=statuses, body=bodies, extra=headers)
def test_member_pages_only_raise_tim_errors(
    status: int, body: bytes, extra: dict[str, str]
) -> None:
    with client_for(status, body, extra) as client:
        result = outcome(lambda: client.list_permission_group_members("@TGS#_g", "@PMG#_p"))
    assert isinstance(result, MemberPage | TimError)
    if isinstance(result, MemberPage):
        assert isinstance(result.next_cursor, str) and len(result.members) <= 50


@given(pages=st.lists(st.tuples(st.integers(0, 3), st.text(max_size=3)), min_size=1, max_size=8))
def test_walks_end_or_raise_never_loop(pages: list[tuple[int, str]]) -> None:
    """A server answering arbitrary cursors: the walk ends, or raises, but never loops."""
    replies = iter(pages)

    def answer(request: httpx.Request) -> httpx.Response:
        count, nxt = next(replies, (0, ""))
        members = [{"Member_Account": f"m{i}"} for i in range(count)]
        body = {"ActionStatus": "OK", "ErrorCode": 0, "MemberList": members, "Next": nxt}
        return httpx.Response(200, json=body)

    with Client(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url="http://fuzz.invalid",
        rate_limit=None,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    ) as client:
        walk = client.iter_permission_group_members("@TGS#_g", "@PMG#_p")
        result = outcome(lambda: sum(1 for _ in walk))
    assert isinstance(result, int | TimError)
    assert walk.pages_fetched <= len(pages) + 1
