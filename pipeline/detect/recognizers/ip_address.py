"""IPv4 and IPv6 addresses, validated by the standard library."""

from __future__ import annotations

import ipaddress

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer


class IpAddressRecognizer(Recognizer):
    ENTITY = "IP_ADDRESS"
    NAME = "ip_address"
    PATTERNS = (
        Pattern("ipv4", r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)", 0.8),
        Pattern("ipv6", r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])", 0.8),
        Pattern("ipv6_compressed_tail", r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}:(?![\w:])", 0.8),
    )
    CONTEXT = ("ip", "address", "host", "server", "login from", "connected from")

    def validate_result(self, pattern_text: str) -> bool:
        if ":" in pattern_text and pattern_text.count(":") < 2:
            return False
        try:
            ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        return True
