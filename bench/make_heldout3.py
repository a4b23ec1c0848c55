"""Build bench/data/heldout3.jsonl from the hand-written bench/data/heldout3_src.txt.

Every record in the source was written by hand.  This script only strips the
inline markup, computes offsets and checks the values; it generates nothing.

Source format
-------------
A record starts with a header line ``@@ <locale> <style>``; every following
line up to the next header is the record's text (surrounding blank lines are
dropped).  Spans are marked inline:

    ⟦KIND|value⟧                  sensitive
    ⟦o:KIND|value⟧                ordinary look-alike (must not be flagged)
    ⟦a:KIND|value⟧                ambiguous (scored neither way)
    ⟦KIND/subtype|value⟧          with a subtype (free text, no '|' or '~')
    ⟦KIND/subtype~fullwidth|..⟧   value's ASCII digits turned into fullwidth digits

Unicode placeholders usable anywhere (in or out of spans):
    {zwsp} U+200B   {nbsp} U+00A0   {shy} U+00AD   {wj} U+2060
A span whose value contains one of them gets "mutation": "<name>[+<name>]".

Checks (assertions): spans don't overlap, text[start:end] == value, Luhn for
CREDIT_CARD, python-stdnum for IBAN_CODE, US_SSN and every NATIONAL_ID /
TAX_ID whose scheme (the subtype's prefix, e.g. "fr_nir") has a stdnum module;
own check-digit code for es_nuss, de_rvnr and ae_eid (Luhn); an explicit list
of schemes without a check digit for the rest; kinds from the fixed lists
only; ISBNs valid; no 13-19 digit ordinary number passes Luhn (so a look-alike
order id is never secretly a valid card number); every sensitive kind has at
least 25 spans.  Spelled-out digits ("four five ... double oh") are folded to
digits before checking.

Usage: python bench/make_heldout3.py [--stats]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from stdnum import iban, isbn, luhn
from stdnum.at import uid as at_uid, vnr as at_vnr
from stdnum.au import abn as au_abn, tfn as au_tfn
from stdnum.ca import sin as ca_sin
from stdnum.tr import tckimlik as tr_tckn
from stdnum.be import nn as be_nn, vat as be_vat
from stdnum.br import cnpj as br_cnpj, cpf as br_cpf
from stdnum.ch import ssn as ch_ssn, uid as ch_uid
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr, stnr as de_stnr, vat as de_vat
from stdnum.dk import cpr as dk_cpr
from stdnum.es import cif as es_cif, dni as es_dni, nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir, siren as fr_siren, siret as fr_siret, tva as fr_tva
from stdnum.gb import nhs as gb_nhs, vat as gb_vat
from stdnum.ie import pps as ie_pps, vat as ie_vat
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.it import codicefiscale as it_cf, iva as it_iva
from stdnum.nl import bsn as nl_bsn, btw as nl_btw
from stdnum.pl import nip as pl_nip, pesel as pl_pesel
from stdnum.pt import cc as pt_cc, nif as pt_nif
from stdnum.se import personnummer as se_pnr
from stdnum.us import ein as us_ein, itin as us_itin, ssn as us_ssn
from stdnum.za import idnr as za_idnr

HERE = Path(__file__).resolve().parent
SRC = HERE / "data" / "heldout3_src.txt"
OUT = HERE / "data" / "heldout3.jsonl"

SENSITIVE = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "LOCATION",
    "NATIONAL_ID",
    "TAX_ID",
    "US_SSN",
    "IBAN_CODE",
    "BBAN",
    "CREDIT_CARD",
    "PASSPORT",
    "DRIVER_LICENSE",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_NUMBER",
    "IP_ADDRESS",
    "URL_CREDENTIALS",
    "SECRET",
}
ORDINARY = {
    "DATE",
    "TIME",
    "ORDER_ID",
    "INVOICE_ID",
    "TICKET_ID",
    "TRACKING_NUMBER",
    "AMOUNT",
    "QUANTITY",
    "VERSION",
    "ERROR_CODE",
    "SKU",
    "ISBN",
    "REQUEST_ID",
    "COMMIT_HASH",
    "PRODUCT_NAME",
    "ROW_ID",
    "PERCENTAGE",
    "ROOM_NUMBER",
    "FLIGHT_NUMBER",
    "UUID",
    "CASE_ID",
    "ACCOUNT_ID",
}
AMBIGUOUS = {"POSTCODE", "BANK_CODE"}

# subtype -> stdnum module (values must validate)
CHECKED = {
    "de_idnr": de_idnr,
    "fr_nir": fr_nir,
    "es_dni": es_dni,
    "es_nie": es_nie,
    "it_cf": it_cf,
    "nl_bsn": nl_bsn,
    "pl_pesel": pl_pesel,
    "se_pnr": se_pnr,
    "dk_cpr": dk_cpr,
    "fi_hetu": fi_hetu,
    "ie_pps": ie_pps,
    "gb_nhs": gb_nhs,
    "br_cpf": br_cpf,
    "be_nn": be_nn,
    "ch_ahv": ch_ssn,
    "at_svnr": at_vnr,
    "in_aadhaar": in_aadhaar,
    "cn_ric": cn_ric,
    "za_id": za_idnr,
    "pt_cc": pt_cc,
    "ca_sin": ca_sin,
    "tr_tckn": tr_tckn,
    "au_abn": au_abn,
    "au_tfn": au_tfn,
    # tax
    "us_ein": us_ein,
    "us_itin": us_itin,
    "de_vat": de_vat,
    "de_stnr": de_stnr,
    "fr_siren": fr_siren,
    "fr_siret": fr_siret,
    "fr_tva": fr_tva,
    "es_cif": es_cif,
    "it_iva": it_iva,
    "br_cnpj": br_cnpj,
    "gb_vat": gb_vat,
    "nl_btw": nl_btw,
    "pl_nip": pl_nip,
    "be_vat": be_vat,
    "pt_nif": pt_nif,
    "ie_vat": ie_vat,
    "at_uid": at_uid,
    "ch_uid": ch_uid,
    "in_pan": in_pan,
}
# subtypes of NATIONAL_ID / TAX_ID with no check digit (or no stdnum module)
UNCHECKED = {
    "gb_nino",
    "gb_utr",
    "de_ausweis",
    "fr_cni",
    "us_ead_uscis",
    "pl_dowod",
    "br_rg",
    "br_pis",
    "ng_nin",
    "ng_bvn",
    "us_ktn",
}
NEEDS_SUBTYPE = {"NATIONAL_ID", "TAX_ID"}


def _es_nuss(v: str) -> bool:
    """Spanish social security number: 2-digit province, 8 digits, mod-97 pair."""
    d = re.sub(r"\D", "", v)
    return len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


def _de_rvnr(v: str) -> bool:
    """German pension insurance number: area, ddmmyy, letter, serial, check digit."""
    m = re.fullmatch(r"(\d{8})([A-Z])(\d{3})", v)
    if not m:
        return False
    s = m.group(1) + "%02d" % (ord(m.group(2)) - 64) + m.group(3)[:2]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(map(int, str(int(a) * b))) for a, b in zip(s, w))
    return total % 10 == int(m.group(3)[2])


OWN_CHECKS = {
    "es_nuss": _es_nuss,
    "de_rvnr": _de_rvnr,
    "ae_eid": lambda v: luhn.is_valid(re.sub(r"\D", "", v)),
}  # Emirates ID: Luhn


def scheme(subtype: str) -> str:
    """'fr_nir_nospace' -> 'fr_nir': the longest known scheme the subtype starts with."""
    known = sorted(set(CHECKED) | set(OWN_CHECKS) | UNCHECKED, key=len, reverse=True)
    for k in known:
        if subtype == k or subtype.startswith(k + "_"):
            return k
    return subtype


PLACEHOLDERS = {"{zwsp}": "\u200b", "{nbsp}": "\u00a0", "{shy}": "\u00ad", "{wj}": "\u2060"}
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

SPAN = re.compile(r"⟦(?:(o|a):)?([A-Z_]+)(?:/([^|~⟧]*))?(?:~([a-z+]+))?\|(.*?)⟧", re.S)

WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}


def fold(value: str) -> str:
    """NFKC, drop zero-width/soft hyphen/word joiner, spelled digits -> digits."""
    v = unicodedata.normalize("NFKC", value)
    v = v.replace("\u200b", "").replace("\u00ad", "").replace("\u2060", "")
    if re.search(r"[a-z]{2,}", v) and any(w in v.lower().split() for w in WORDS):
        out, mult = [], 1
        for tok in re.split(r"[\s,.-]+", v.lower()):
            if tok in ("double", "triple"):
                mult = 2 if tok == "double" else 3
            elif tok in WORDS:
                out.append(WORDS[tok] * mult)
                mult = 1
            elif tok.isdigit():
                out.append(tok)
        v = "".join(out)
    return v


def check_value(kind: str, subtype: str, value: str, where: str) -> None:
    v = fold(value)
    digits = re.sub(r"\D", "", v)
    if kind == "CREDIT_CARD":
        assert 13 <= len(digits) <= 19 and luhn.is_valid(digits), f"{where}: bad card {value!r}"
    elif kind == "IBAN_CODE":
        assert iban.is_valid(re.sub(r"\s", "", v).upper()), f"{where}: bad IBAN {value!r}"
    elif kind == "US_SSN":
        assert us_ssn.is_valid(digits), f"{where}: bad SSN {value!r}"
    elif kind in NEEDS_SUBTYPE:
        key = scheme(subtype)
        compact = re.sub(r"\s", "", v)
        if key in CHECKED:
            assert CHECKED[key].is_valid(compact), f"{where}: bad {subtype} {value!r}"
        elif key in OWN_CHECKS:
            assert OWN_CHECKS[key](compact), f"{where}: bad {subtype} {value!r}"
        else:
            assert key in UNCHECKED, f"{where}: unknown {kind} subtype {subtype!r}"
    elif kind == "ISBN":
        assert isbn.is_valid(re.sub(r"^ISBN[-: ]*", "", v)), f"{where}: bad ISBN {value!r}"
    if kind in ORDINARY and kind != "ISBN":
        if re.fullmatch(r"[\d\s-]+", v) and 13 <= len(digits) <= 19:
            assert not luhn.is_valid(digits), f"{where}: ordinary {kind} passes Luhn {value!r}"


def plain(s: str) -> str:
    for ph, ch in PLACEHOLDERS.items():
        s = s.replace(ph, ch)
    return s


def parse_record(body: str, where: str):
    text_parts, spans, pos, last = [], [], 0, 0
    for m in SPAN.finditer(body):
        pre, kind, subtype, mutation, value = m.groups()
        gap = plain(body[last : m.start()])
        text_parts.append(gap)
        pos += len(gap)
        subtype = subtype or ""
        assert "⟦" not in value, f"{where}: nested markup in {value!r}"
        muts = [name for ph, name in ((k, k[1:-1]) for k in PLACEHOLDERS) if ph in value]
        for ph, ch in PLACEHOLDERS.items():
            value = value.replace(ph, ch)
        if mutation:
            for mname in mutation.split("+"):
                if mname == "fullwidth":
                    value = value.translate(FULLWIDTH)
                    muts.append("fullwidth")
                else:
                    assert mname in muts, f"{where}: mutation {mname} not present in value"
        group = {"o": "ordinary", "a": "ambiguous", None: "sensitive"}[pre]
        allowed = {"sensitive": SENSITIVE, "ordinary": ORDINARY, "ambiguous": AMBIGUOUS}[group]
        assert kind in allowed, f"{where}: kind {kind} not allowed as {group}"
        check_value(kind, subtype, value, where)
        span = {"kind": kind, "subtype": subtype, "start": pos, "end": pos + len(value)}
        if muts:
            span["mutation"] = "+".join(sorted(set(muts), key=muts.index))
        spans.append((group, span, value))
        text_parts.append(value)
        pos += len(value)
        last = m.end()
    text_parts.append(plain(body[last:]))
    text = "".join(text_parts)
    assert "⟦" not in text and "⟧" not in text, f"{where}: unbalanced markup"
    return text, spans


def build():
    raw = SRC.read_text(encoding="utf-8")
    records = []
    chunks = re.split(r"^@@ ", raw, flags=re.M)
    assert chunks[0].strip() == "" or chunks[0].lstrip().startswith("#"), "text before first record"
    for n, chunk in enumerate(chunks[1:]):
        header, _, body = chunk.partition("\n")
        locale, style = header.split()[:2]
        body = body.strip("\n")
        rid = f"h3-{n:05d}"
        text, spans = parse_record(body, rid)
        rec = {
            "id": rid,
            "locale": locale,
            "style": style,
            "text": text,
            "sensitive": [],
            "ordinary": [],
            "ambiguous": [],
        }
        for group, span, value in spans:
            assert text[span["start"] : span["end"]] == value, f"{rid}: offset mismatch"
            rec[group].append(span)
        allspans = sorted((s["start"], s["end"]) for g in ("sensitive", "ordinary", "ambiguous") for s in rec[g])
        for (s1, e1), (s2, e2) in zip(allspans, allspans[1:]):
            assert e1 <= s2, f"{rid}: overlapping spans {(s1, e1)} {(s2, e2)}"
        for g in ("sensitive", "ordinary", "ambiguous"):
            rec[g].sort(key=lambda s: (s["start"], s["end"]))
            for s in rec[g]:
                assert s["end"] > s["start"]
                val = text[s["start"] : s["end"]]
                assert val == val.strip() or "\n" in val, f"{rid}: span with outer whitespace {val!r}"
        records.append(rec)
    return records


def stats(records):
    c = {g: Counter() for g in ("sensitive", "ordinary", "ambiguous")}
    loc, sty, muts = Counter(), Counter(), Counter()
    empty = 0
    for r in records:
        loc[r["locale"]] += 1
        sty[r["style"]] += 1
        if not r["sensitive"]:
            empty += 1
        for g in c:
            for s in r[g]:
                c[g][s["kind"]] += 1
                if "mutation" in s:
                    muts[s["mutation"]] += 1
    return c, loc, sty, muts, empty


def main():
    records = build()
    c = stats(records)[0]["sensitive"]
    assert set(c) == SENSITIVE and min(c.values()) >= 25, c
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c, loc, sty, muts, empty = stats(records)
    print(f"{len(records)} records -> {OUT}")
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    if "--stats" in sys.argv:
        for g in c:
            print(f"\n{g}: {sum(c[g].values())}")
            for k, v in sorted(c[g].items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {k:24s} {v}")
        print(f"\nrecords without sensitive spans: {empty}")
        print("\nlocales:", dict(sorted(loc.items(), key=lambda kv: -kv[1])))
        print("\nstyles:", dict(sorted(sty.items(), key=lambda kv: -kv[1])))
        print("\nmutations:", dict(muts))


if __name__ == "__main__":
    main()
