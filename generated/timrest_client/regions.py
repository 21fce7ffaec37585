# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The data centres of openapi.yaml (``servers``): one ``Region`` member per server.

Each member holds the primary REST domain, the backup domain (None where Tencent publishes
none) and the short names ``Region.parse`` accepts (``x-tim-aliases``); the behaviour is
``timrest._region_base.RegionBase``'s.
"""

from __future__ import annotations

import enum

from ..._region_base import RegionBase

__all__ = ["Region"]


class Region(RegionBase, enum.Enum):
    """A data centre. An SDKAppID lives in exactly one; calling another answers 70016/70020.

    ``Region.parse`` accepts the member name or a friendly alias (``"singapore"``, ``"sgp"``,
    ``"sg"``, ``"silicon-valley"``, ``"usa"``...), case-insensitively.
    """

    CHINA = ("console.tim.qq.com", "adminapi.my-imcloud.com", ("cn", "chn", "mainland"))
    """China data centre (backup domain adminapi.my-imcloud.com)"""
    SINGAPORE = ("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com", ("sgp", "sg"))
    """Singapore data centre (backup domain adminapisgp.my-imcloud.com)"""
    SEOUL = ("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com", ("kr", "kor", "korea"))
    """Seoul data centre (backup domain adminapikr.my-imcloud.com)"""
    TOKYO = ("adminapijpn.im.qcloud.com", None, ("jp", "jpn", "japan"))
    """Tokyo data centre (no backup domain published)"""
    FRANKFURT = (
        "adminapiger.im.qcloud.com",
        "adminapiger.my-imcloud.com",
        ("ger", "de", "germany", "eu"),
    )
    """Frankfurt data centre (backup domain adminapiger.my-imcloud.com)"""
    MUMBAI = ("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com", ("ind", "in", "india"))
    """Mumbai data centre (backup domain adminapiind.my-imcloud.com)"""
    SILICON_VALLEY = (
        "adminapiusa.im.qcloud.com",
        "adminapiusa.my-imcloud.com",
        ("usa", "us", "sv", "siliconvalley"),
    )
    """Silicon Valley data centre (backup domain adminapiusa.my-imcloud.com)"""
    JAKARTA = (
        "adminapiidn.im.qcloud.com",
        "adminapiidn.my-imcloud.com",
        ("idn", "id", "indonesia"),
    )
    """Jakarta data centre (backup domain adminapiidn.my-imcloud.com)"""
    RIYADH = ("adminapiksa.im.qcloud.com", None, ("ksa", "sa", "saudi", "saudi_arabia"))
    """Riyadh data centre (no backup domain published)."""
