"""An audit sink that SIGKILLs itself right after its first upload, before the commit.

`python -m tests.faults.killed_sink AUDIT_TOPIC GROUP` (settings from the environment).
"""

import os
import signal
import sys
import threading

from pipeline.audit.s3 import ObjectStore
from pipeline.audit.sink import AuditSink
from pipeline.settings import get_settings
from tests.faults.kit import SESSION

settings = get_settings()
sink = AuditSink(
    settings,
    ObjectStore.from_settings(settings),
    topic=sys.argv[1],
    group_id=sys.argv[2],
    after_upload=lambda _: os.kill(os.getpid(), signal.SIGKILL),
    consumer_overrides=SESSION,
)
sink.run(threading.Event())
