"""The archive as a table: the Athena / Glue (Hive) definition of s3://<bucket>/audit/.

The objects are Avro container files under `audit/dt=YYYY-MM-DD/partition=P/`,
so `dt` and `partition` are Hive partition columns (found by partition
projection, no crawler). The table's Avro schema is the archive's with the
two epoch-millisecond fields given the `timestamp-millis` logical type: the
same binary encoding, so the writer schema in each file resolves to it, and
Athena (or any Avro reader given this schema) reads them as timestamps.

`infra/athena/audit_archive.sql` is `table_ddl()` with placeholders; a test
keeps the two identical.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline.codecs import schema

TIMESTAMPS = ("kafka_timestamp", "occurred_at")
_HIVE = {"string": "string", "int": "int", "long": "bigint", "float": "float", "double": "double", "boolean": "boolean"}


def table_schema() -> dict[str, Any]:
    """AuditArchiveRecord.avsc with timestamp-millis on the epoch-millisecond fields."""
    raw = schema("AuditArchiveRecord").raw
    fields = [
        {**f, "type": {"type": "long", "logicalType": "timestamp-millis"}} if f["name"] in TIMESTAMPS else f
        for f in raw["fields"]
    ]
    return {**raw, "fields": fields}


def _hive_type(avro: Any) -> str:
    if isinstance(avro, list):  # ["null", T]: a nullable column
        return _hive_type(next(t for t in avro if t != "null"))
    if isinstance(avro, dict):
        if avro.get("logicalType") == "timestamp-millis":
            return "timestamp"
        if avro["type"] == "map":
            return f"map<string,{_hive_type(avro['values'])}>"
        if avro["type"] == "array":
            return f"array<{_hive_type(avro['items'])}>"
        return _hive_type(avro["type"])
    return _HIVE[avro]


def table_ddl(bucket: str = "${BUCKET}", table: str = "veilstream_audit", first_day: str = "2025-01-01") -> str:
    """CREATE EXTERNAL TABLE for Athena (Glue Data Catalog), with partition projection."""
    sch = table_schema()
    columns = ",\n".join(f"  `{f['name']}` {_hive_type(f['type'])}" for f in sch["fields"])
    literal = json.dumps(sch, separators=(",", ":")).replace("'", "\\'")
    location = f"s3://{bucket}/audit/"
    return f"""CREATE EXTERNAL TABLE IF NOT EXISTS {table} (
{columns}
)
PARTITIONED BY (`dt` string, `partition` int)
ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.avro.AvroSerDe'
STORED AS
  INPUTFORMAT 'org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat'
  OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat'
LOCATION '{location}'
TBLPROPERTIES (
  'avro.schema.literal'='{literal}',
  'projection.enabled'='true',
  'projection.dt.type'='date',
  'projection.dt.format'='yyyy-MM-dd',
  'projection.dt.range'='{first_day},NOW',
  'projection.partition.type'='integer',
  'projection.partition.range'='0,1023',
  'storage.location.template'='{location}dt=${{dt}}/partition=${{partition}}/'
);
"""
