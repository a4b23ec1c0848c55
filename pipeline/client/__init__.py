"""Client side of Veilstream for the services around it, importable without faust or spaCy.

- `build_event`, `EventProducer`, `Serializer`: produce RawEvents as the topology reads them.
- `RestoreClient`, `AsyncRestoreClient`: restore an LLM answer (whole or streamed) via POST /restore.
"""

from pipeline.client.producer import EventProducer, Serializer, build_event
from pipeline.client.restore import AsyncRestoreClient, RestoreClient, Restored, RestoreError

__all__ = [
    "AsyncRestoreClient",
    "EventProducer",
    "RestoreClient",
    "RestoreError",
    "Restored",
    "Serializer",
    "build_event",
]
