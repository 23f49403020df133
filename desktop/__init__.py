"""The Qt desktop app: a thin layer over the ``assessments`` core."""

import time as _time

IMPORTED_AT = _time.perf_counter()  # the start-up probe's fallback "process start"
