"""What each documented ErrorCode means, which error class it maps to, and what to do.

The table mirrors the ``x-tim-error-codes`` extensions and the common-code table in
openapi.yaml (a test keeps the two in step). Unknown codes map to the base ``TimAPIError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Category = Literal[
    "authentication", "permission", "rate_limit", "invalid_request", "not_found", "server"
]


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One documented error code."""

    code: int
    category: Category
    meaning: str
    hint: str
    signature_expired: bool = False


def _entries() -> list[CodeInfo]:
    auth: Category = "authentication"
    perm: Category = "permission"
    rate: Category = "rate_limit"
    bad: Category = "invalid_request"
    missing: Category = "not_found"
    server: Category = "server"
    check_sig = "check the UserSig with `timrest usersig verify`"
    domain = "check that the region/domain is the app's data centre"
    backoff = "reduce the call rate; the client retries these with backoff"
    rows: list[tuple[int, Category, str, str]] = [
        (10002, server, "Internal server error.", "retried automatically"),
        (10003, bad, "Invalid request command word.", "check the API path"),
        (10004, bad, "Invalid parameter.", "read ErrorInfo for the field"),
        (10005, bad, "Too many accounts in the request body.", "send fewer accounts"),
        (10006, rate, "Operation exceeds the frequency limit.", backoff),
        (
            10007,
            perm,
            "No permission, or the group type does not support this operation.",
            "get_group_attr needs an AVChatRoom group; permission groups need a Community",
        ),
        (10010, missing, "The group does not exist or has been disbanded.", "check the group ID"),
        (10011, bad, "Failed to parse the JSON body.", "check the request body"),
        (10015, bad, "Invalid group ID.", "check the group ID"),
        (10018, bad, "The response would exceed 1 MB.", "use a smaller limit"),
        (10019, missing, "The requested UserID does not exist.", "check the UserID"),
        (
            11000,
            perm,
            "The Community feature is not enabled for this app.",
            "enable Community groups in the console",
        ),
        (60002, bad, "HTTP parsing error: check the request URL format.", "check the URL"),
        (60003, bad, "The request body is not valid JSON.", "check the request body"),
        (60004, auth, "UserID or UserSig in the request is incorrect.", check_sig),
        (60005, auth, "UserID or UserSig in the request is incorrect.", check_sig),
        (60006, auth, "Invalid SDKAppID.", "check the sdkappid"),
        (60007, rate, "REST API call frequency exceeds the limit.", backoff),
        (
            60008,
            server,
            "Service request timed out, or malformed HTTP request.",
            "retried automatically",
        ),
        (60009, bad, "Requested resource error: check the request URL.", "check the API path"),
        (
            60010,
            perm,
            "The request requires app admin permissions.",
            "use an app admin account as identifier",
        ),
        (60011, rate, "SDKAppID request frequency exceeds the limit.", backoff),
        (60012, bad, "sdkappid is required.", "pass sdkappid"),
        (60013, server, "JSON parsing error in the HTTP response.", "retried automatically"),
        (60014, server, "Account switching timed out.", "retried automatically"),
        (60015, bad, "Wrong account type in the request body.", "UserIDs must be strings"),
        (60016, perm, "The SDKAppID is disabled.", "check the app in the console"),
        (60017, perm, "The request is disabled.", "check the app in the console"),
        (60018, rate, "Too many requests, try again later.", backoff),
        (60019, rate, "Too many requests, try again later.", backoff),
        (60020, perm, "The Pro Edition plan expired and the app is disabled.", "renew the plan"),
        (60021, perm, "The source IP of the call is not allowed.", "check the IP allow-list"),
        (70001, auth, "The UserSig expired.", "the client re-signs once; check the clock"),
        (70002, auth, "The UserSig is empty.", check_sig),
        (70003, auth, "Invalid UserSig (could not be parsed; truncated?).", check_sig),
        (70005, auth, "Invalid UserSig.", check_sig),
        (
            70009,
            auth,
            "UserSig verification failed: signed with another app's key?",
            "check the secret key belongs to this sdkappid",
        ),
        (70013, auth, "The identifier differs from the UserID inside the UserSig.", check_sig),
        (70014, auth, "The sdkappid differs from the SDKAppID inside the UserSig.", check_sig),
        (70016, auth, "The key does not exist.", domain),
        (70020, auth, "SDKAppID not found.", domain),
        (70050, auth, "Too many failed UserSig verifications.", "fix the UserSig, wait 1 minute"),
        (70107, missing, "The requested UserID does not exist.", "check the UserID"),
        (70114, rate, "Login restricted for security reasons.", backoff),
        (70169, server, "Server timeout.", "retried automatically"),
        (70202, server, "Server timeout.", "retried automatically"),
        (70402, bad, "Invalid parameter.", "read ErrorInfo"),
        (
            70403,
            perm,
            "App admin permissions are required.",
            "use an app admin account as identifier",
        ),
        (70500, server, "Internal server error.", "retried automatically"),
        (
            110006,
            missing,
            "The permission group does not exist or has been dissolved.",
            "check the permission group ID",
        ),
        (110008, bad, "Invalid permission group ID.", "check the permission group ID"),
    ]
    return [
        CodeInfo(code, category, meaning, hint, signature_expired=(code == 70001))
        for code, category, meaning, hint in rows
    ]


CODES: dict[int, CodeInfo] = {info.code: info for info in _entries()}
"""Every documented error code of the two operations, common codes included."""


def describe(code: int) -> CodeInfo | None:
    """The documented meaning of ``code``, or None for an unknown code."""
    return CODES.get(code)
