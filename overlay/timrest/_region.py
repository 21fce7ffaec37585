"""Tencent Cloud Chat data centres: the REST domain and backup domain of each region."""

from __future__ import annotations

import difflib
import enum

from ._errors import TimValidationError

__all__ = ["Region"]


class Region(enum.Enum):
    """A data centre. An SDKAppID lives in exactly one; calling another answers 70016/70020.

    ``Region.parse`` accepts the member name or a friendly alias (``"singapore"``, ``"sgp"``,
    ``"sg"``, ``"silicon-valley"``, ``"usa"``...), case-insensitively.
    """

    CHINA = ("console.tim.qq.com", "adminapi.my-imcloud.com", ("cn", "chn", "mainland"))
    SINGAPORE = ("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com", ("sgp", "sg"))
    SEOUL = ("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com", ("kr", "kor", "korea"))
    TOKYO = ("adminapijpn.im.qcloud.com", None, ("jp", "jpn", "japan"))
    FRANKFURT = (
        "adminapiger.im.qcloud.com",
        "adminapiger.my-imcloud.com",
        ("ger", "de", "germany", "eu"),
    )
    MUMBAI = ("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com", ("ind", "in", "india"))
    SILICON_VALLEY = (
        "adminapiusa.im.qcloud.com",
        "adminapiusa.my-imcloud.com",
        ("usa", "us", "sv", "siliconvalley"),
    )
    JAKARTA = (
        "adminapiidn.im.qcloud.com",
        "adminapiidn.my-imcloud.com",
        ("idn", "id", "indonesia"),
    )

    def __init__(self, domain: str, backup_domain: str | None, aliases: tuple[str, ...]) -> None:
        self.domain = domain
        """The primary REST domain."""
        self.backup_domain = backup_domain
        """The backup domain for when DNS is hijacked (None where Tencent publishes none)."""
        self.aliases = aliases

    @property
    def base_urls(self) -> tuple[str, ...]:
        """``https://`` URLs to try, primary first."""
        domains = (
            (self.domain,) if self.backup_domain is None else (self.domain, self.backup_domain)
        )
        return tuple(f"https://{d}" for d in domains)

    @classmethod
    def parse(cls, value: Region | str, *, field: str = "region") -> Region:
        """The region named by ``value``; a clear error (with a suggestion) otherwise."""
        if isinstance(value, Region):
            return value
        if not isinstance(value, str):
            raise TimValidationError(
                field, f"must be a Region or a string, not {type(value).__name__}"
            )
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        names = _names()
        if key in names:
            return names[key]
        near = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
        suggestion = f"; did you mean {near[0]!r}?" if near else ""
        choices = ", ".join(r.name.lower() for r in cls)
        raise TimValidationError(field, f"unknown region {value!r}{suggestion} (one of: {choices})")


def _names() -> dict[str, Region]:
    names: dict[str, Region] = {}
    for region in Region:
        names[region.name.lower()] = region
        names[region.name.lower().replace("_", "")] = region
        names[region.domain] = region
        for alias in region.aliases:
            names[alias] = region
    return names
