"""Read one day of the audit archive into rows, with fastavro alone (no Veilstream install).

    python examples/auditor/read_day.py audit-period/ 2026-11-22 > rows.jsonl

Reads every object under <folder>/audit/dt=<day>/partition=*/ with the Athena
table's schema (infra/athena/audit_archive.sql), so kafka_timestamp and
occurred_at come back as UTC datetimes, and adds the `dt` and `partition`
columns from the path, as Athena does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import fastavro

TABLE = Path(__file__).resolve().parents[2] / "infra" / "athena" / "audit_archive.sql"


def table_schema(ddl: str) -> dict[str, Any]:
    """The table's avro.schema.literal."""
    literal = re.search(r"'avro\.schema\.literal'='((?:\\'|[^'])*)'", ddl)
    if literal is None:
        raise ValueError("no avro.schema.literal in the table definition")
    return json.loads(literal.group(1).replace("\\'", "'"))


def read_day(folder: Path, day: str, ddl: str | None = None) -> list[dict[str, Any]]:
    schema = table_schema(ddl if ddl is not None else TABLE.read_text())
    reader_schema = fastavro.parse_schema(schema)
    # fastavro converts logical types as the files' writer schema says (plain longs): apply the table's
    stamps = [
        f["name"]
        for f in schema["fields"]
        if isinstance(f["type"], dict) and f["type"].get("logicalType") == "timestamp-millis"
    ]
    rows = []
    for path in sorted((Path(folder) / "audit" / f"dt={day}").glob("partition=*/*.avro")):
        partition = int(path.parent.name.removeprefix("partition="))
        with path.open("rb") as fh:
            for record in fastavro.reader(fh, reader_schema=reader_schema):
                for name in stamps:
                    if isinstance(record[name], int):
                        record[name] = dt.datetime.fromtimestamp(record[name] / 1000, dt.UTC)
                rows.append({**record, "dt": day, "partition": partition})
    return rows


if __name__ == "__main__":
    for row in read_day(Path(sys.argv[1]), sys.argv[2]):
        print(json.dumps(row, default=str))
