"""What every ``Region`` member can do (the members are generated from the spec's ``servers``
into ``timrest._generated.timrest_client.regions``). A leaf: it imports nothing generated."""

from __future__ import annotations

from typing import Any, Self

from ._errors import TimValidationError

__all__ = ["RegionBase"]


class RegionBase:
    """The behaviour of ``Region``: domains, base URLs, and ``parse``."""

    domain: str
    backup_domain: str | None
    aliases: tuple[str, ...]

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
    def parse(cls, value: Self | str, *, field: str = "region") -> Self:
        """The region named by ``value``; a clear error (with a suggestion) otherwise."""
        if isinstance(value, cls):
            return value
        if not isinstance(value, str):
            raise TimValidationError(
                field, f"must be a Region or a string, not {type(value).__name__}"
            )
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        names = _names(cls)
        if key in names:
            found: Self = names[key]
            return found
        import difflib  # only for a bad name: not on every start

        near = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
        suggestion = f"; did you mean {near[0]!r}?" if near else ""
        choices = ", ".join(r.name.lower() for r in cls)  # type: ignore[attr-defined]
        raise TimValidationError(field, f"unknown region {value!r}{suggestion} (one of: {choices})")


def _names(cls: Any) -> dict[str, Any]:
    names: dict[str, Any] = {}
    for region in cls:
        names[region.name.lower()] = region
        names[region.name.lower().replace("_", "")] = region
        names[region.domain] = region
        for alias in region.aliases:
            names[alias] = region
    return names
