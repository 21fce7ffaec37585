"""The result of an operation that answers per item (a batch): which items were done and
which failed, each failure a typed ``TimAPIError``.

One type for every such operation of the spec (``x-timrest-result: {kind: batch}``): the
runtime builds it from the operation's record, so a failed item cannot pass unseen as a
successful call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ._errors import TimAPIError, TimBatchError

__all__ = ["Batch"]

ItemT = TypeVar("ItemT")


@dataclass(frozen=True, slots=True)
class Batch(Generic[ItemT]):
    """What a batch call did, item by item (items are keyed by their ID or account).

    ``succeeded`` maps each done item to what the service answered for it (for a read, the
    item itself); ``failed`` maps each failed item to its ``TimAPIError`` (code, meaning,
    hint); ``applied`` lists the succeeded items that were already so (an account already in
    the permission group, or what an earlier attempt of a resent call did); ``missing`` lists
    the items asked for that the reply did not mention (they count as failures).

    ``raise_for_failures()`` raises ``TimBatchError`` if any item failed or is missing, and
    otherwise returns the batch, so ``client.add_...(...).raise_for_failures()`` reads as one
    call that succeeds or raises.
    """

    operation: str
    succeeded: Mapping[str, ItemT] = field(default_factory=dict)
    failed: Mapping[str, TimAPIError] = field(default_factory=dict)
    applied: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every item asked for was done."""
        return not self.failed and not self.missing

    def raise_for_failures(self) -> Batch[ItemT]:
        """This batch, or ``TimBatchError`` naming each failed and missing item."""
        if not self.ok:
            raise TimBatchError(self.operation, dict(self.failed), self.missing)
        return self

    def __repr__(self) -> str:
        return (
            f"Batch({self.operation!r}, succeeded={list(self.succeeded)!r}, "
            f"failed={ {k: e.code for k, e in self.failed.items()}!r}, "
            f"missing={list(self.missing)!r})"
        )
