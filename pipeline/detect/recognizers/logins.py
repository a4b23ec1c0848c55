"""Login names in logs and shell history: "mysql -u mhernandez", "scp f jdoe@10.0.0.4:",
an access log's user field, "sudo: vkrishnan :", "Accepted publickey for aokafor from".

A login is most often its person's name ("mhernandez", "priya.n"), and a log line
says which field holds it, so the field is enough: the value needs no name shape.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.detect.recognizers.lexicon import common_given_names, fold, given_names, surnames

_LOGIN = r"([A-Za-z][\w.-]{1,30}[A-Za-z0-9])"
_IPV4 = r"\d{1,3}(?:\.\d{1,3}){3}"
# Each with the strings a text must hold for it to match (a substring test is far cheaper than a scan).
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # user@host: ssh, scp, rsync, git remotes ("scp backup.sql mhernandez@172.31.9.204:/srv")
    # (an address at a host name is an e-mail unless a path follows, or ssh is the command)
    (("@",), re.compile(rf"(?<![\w.@/+-]){_LOGIN}@(?:{_IPV4}(?![\d.])|[a-z0-9-]+(?:\.[a-z0-9-]+)*(?=:))")),
    (("ssh", "sftp", "mosh"), re.compile(rf"\b(?:ssh|sftp|mosh)[ \t]+(?:-\S+[ \t]+)*{_LOGIN}@")),
    # a database or FTP client's user flag
    (
        ("mysql", "psql", "pg_dump", "mongo", "redis-cli", "ftp", "sqlcmd", "mssql-cli"),
        re.compile(
            rf"\b(?:mysql|mysqldump|psql|pg_dump|mongo\w*|redis-cli|ftp|sqlcmd|mssql-cli)\b[^\n]*?\s-[uU][ \t]*{_LOGIN}"
        ),
    ),
    # an access log's authenticated user: 99.33.146.220 - jcoulter [13/Jun/2024:...]
    ((" [",), re.compile(rf"(?m)^{_IPV4} \S+ {_LOGIN} \[")),
    # sudo and sshd
    (("sudo:",), re.compile(rf"\bsudo:[ \t]+{_LOGIN}[ \t]+:")),
    (("Accepted ", "Failed "), re.compile(rf"\b(?:Accepted|Failed) \w+ for (?:invalid user )?{_LOGIN} from ")),
    # key=value log fields
    (("=",), re.compile(rf"(?<![\w.-])(?:user|username|user_name|login|uid|usr)={_LOGIN}(?![\w@])")),
)
# A handle after the word "user" in a ticket, in any language: "user venkatesh.r locked out",
# "usuario ana.paola.ruiz olvidó", "kullanıcı selin.kaya". Only a handle with a dot or an
# underscore in it ("user reports" is no login), and no file name ("user config.yaml").
_USER_HANDLE = re.compile(
    r"(?i:\b(?:user|usuario|usuária|usuário|utilisateur|benutzer|kullanıcı|użytkownik|uživatel|gebruiker|utente|"
    r"username|user name|login|account|konto|cuenta|conta|compte)[ \t]*:?[ \t]+)"
    r"([A-Za-z][a-z0-9]*[._][A-Za-z0-9._]*[A-Za-z0-9])(?![\w@./-])"
)
# What _USER_HANDLE needs in the lowercased text ("username" holds "user").
_HANDLE_WORDS = (
    "user",
    "usuari",
    "usuári",
    "utilisateur",
    "benutzer",
    "kullanıcı",
    "kullanici",
    "użytkownik",
    "uživatel",
    "gebruiker",
    "utente",
    "login",
    "account",
    "konto",
    "cuenta",
    "conta",
    "compte",
)
_FILE_NAME = re.compile(
    r"(?i)\.(?:txt|pdf|csv|json|ya?ml|log|xml|exe|py|js|ts|zip|png|jpe?g|docx?|xlsx?|sh|conf|cfg|ini)$"
)
# Service accounts, not people.
_SYSTEM = frozenset(
    "root admin administrator postgres mysql www-data nobody daemon ubuntu ec2-user centos git deploy jenkins "
    "backup system service svc guest anonymous test user default oracle nginx apache redis".split()
)


def _names_a_person(handle: str) -> bool:
    """A part of it is a given name or a surname ("selin.kaya", "k.zielinska"), not "sales.team"."""
    parts = [fold(p) for p in re.split(r"[._]", handle) if p]
    return handle.lower() not in _SYSTEM and any(len(p) > 2 and p in _names() for p in parts)


@functools.cache
def _names() -> frozenset[str]:
    return given_names() | common_given_names() | surnames()


def login_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each login name a log field names."""
    if ("." in text or "_" in text) and any(word in text.lower() for word in _HANDLE_WORDS):
        for m in _USER_HANDLE.finditer(text):
            if _names_a_person(m.group(1)) and not _FILE_NAME.search(m.group(1)):
                yield m.start(1), m.end(1)
    for needed, pattern in _PATTERNS:
        if not any(s in text for s in needed):
            continue
        for m in pattern.finditer(text):
            if m.group(1).lower() not in _SYSTEM:
                yield m.start(1), m.end(1)
