"""Where a model runs and in what arithmetic: the values ``--device`` and ``--precision`` (and the
config keys of the same names) accept, and how many CPU threads a runtime takes. The models own
them; the app's config checks against them."""

import os

DEVICE_CHOICES = ("cpu", "cuda", "auto")
PRECISION_CHOICES = ("fp32", "bf16", "int8")
MAX_THREADS = 4  # beyond this, a small encoder gains little per extra CPU thread


def physical_cores() -> int:
    try:
        import psutil  # optional: counts physical cores, not hyper-threads

        cores = psutil.cpu_count(logical=False) or os.cpu_count() or 1
    except ImportError:
        cores = os.cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # containers and taskset restrict the usable CPUs
        cores = min(cores, len(os.sched_getaffinity(0)))
    return max(1, cores)
