"""Tencent Cloud Chat data centres: ``Region``, generated from the spec's ``servers``."""

from __future__ import annotations

from ._generated.timrest_client.regions import Region

__all__ = ["Region"]
