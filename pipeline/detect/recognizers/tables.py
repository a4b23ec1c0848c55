"""Cells of pasted tables (CSV, TSV, pipes) whose column header names what they hold.

A pasted export ("id;name;city") puts names and towns in cells with no
sentence around them; the header line vouches for the column instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.detect.recognizers.lexicon import fold

_SEPARATORS = (";", "\t", "|", ",")
_HEADERS: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "name",
        "person",
        "persona",
        "personne",
        "persoon",
        "pessoa",
        "full name",
        "fullname",
        "full_name",
        "customer",
        "customer name",
        "customer_name",
        "client",
        "client name",
        "contact",
        "contact name",
        "holder",
        "account holder",
        "cardholder",
        "patient",
        "patient name",
        "first name",
        "first_name",
        "firstname",
        "last name",
        "last_name",
        "lastname",
        "surname",
        "given name",
        "vorname",
        "nachname",
        "kunde",
        "kundenname",
        "ansprechpartner",
        "inhaber",
        "nom",
        "prénom",
        "nom complet",
        "titulaire",
        "nombre",
        "apellido",
        "apellidos",
        "nombre completo",
        "titular",
        "cliente",
        "nome",
        "cognome",
        "nome completo",
        "intestatario",
        "naam",
        "voornaam",
        "achternaam",
        "klant",
        "klantnaam",
        "sobrenome",
        "paciente",
        "paziente",
        "patiënt",
    ),
    "LOCATION": (
        "city",
        "town",
        "ciudad",
        "ville",
        "stadt",
        "ort",
        "wohnort",
        "città",
        "comune",
        "plaats",
        "woonplaats",
        "cidade",
        "localidade",
        "municipio",
        "country",
        "land",
        "pays",
        "país",
        "paese",
        "nazione",
        "staat",
        "region",
        "région",
        "province",
        "provincia",
        "provincie",
        "bundesland",
        "kanton",
        "canton",
        "county",
        "estado",
        "état",
        "regione",
        "distrito",
        "département",
        "comunidad",
    ),
    "STREET_ADDRESS": (
        "address",
        "street",
        "street address",
        "adresse",
        "anschrift",
        "straße",
        "strasse",
        "dirección",
        "domicilio",
        "indirizzo",
        "endereço",
        "morada",
        "adres",
        "straat",
    ),
}
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# A "name" column beside these names products or hosts, not people.
_NOT_PEOPLE = frozenset(
    "sku product item price qty quantity version file host hostname service model brand category".split()
)


@functools.cache
def _header_kinds() -> dict[str, str]:
    return {fold(h).replace("_", " "): kind for kind, headers in _HEADERS.items() for h in headers}


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value in `line`, without padding or quotes."""
    out, pos = [], 0
    for part in line.split(sep):
        start, end = pos, pos + len(part)
        while start < end and line[start] in " \"'":
            start += 1
        while end > start and line[end - 1] in " \"'\r":
            end -= 1
        out.append((start, end))
        pos += len(part) + 1
    return out


def table_cells(text: str, entity: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the cells under a header that names `entity`, in every table of `text`."""
    return _all_cells(text).get(entity, ())


@functools.lru_cache(maxsize=4)  # PERSON, LOCATION and STREET_ADDRESS ask about the same text in a row
def _all_cells(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    if "\n" not in text or not any(sep in text for sep in _SEPARATORS):
        return {}
    found: dict[str, list[tuple[int, int]]] = {}
    for entity in _HEADERS:
        cells = list(_cells_of(text, entity))
        if cells:
            found[entity] = cells
    return {entity: tuple(cells) for entity, cells in found.items()}


def _cells_of(text: str, entity: str) -> Iterator[tuple[int, int]]:
    kinds = _header_kinds()
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        _, header = lines[i]
        i += 1
        for sep in _SEPARATORS:
            if header.count(sep) < 1:
                continue
            names = [fold(header[s:e]).replace("_", " ") for s, e in _cells(header, sep)]
            wanted = [k for k, name in enumerate(names) if kinds.get(name) == entity]
            if entity == "PERSON" and _NOT_PEOPLE.intersection(names):
                wanted = [k for k in wanted if names[k] != "name"]
            if not wanted:
                continue
            while i < len(lines):
                start, line = lines[i]
                cells = _cells(line, sep)
                if len(cells) != len(names):
                    break
                for k in wanted:
                    s, e = cells[k]
                    # Names and towns have no digits ("HTTP 401" in a name column is no name).
                    if _LETTER.search(line, s, e) and (entity == "STREET_ADDRESS" or not _DIGIT.search(line, s, e)):
                        yield start + s, start + e
                i += 1
            break
