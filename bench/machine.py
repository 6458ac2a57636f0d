"""One description of the machine a benchmark ran on, written beside its figures."""

import os
import platform
from pathlib import Path


def _proc_field(path: str, name: str) -> str | None:
    try:
        lines = Path(path).read_text().splitlines()
    except OSError:
        return None
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(name)), None)


def describe(*versions: str) -> str:
    """CPU, cores, memory, OS, Python, then the `versions` given (e.g. `"spaCy 3.8.18"`)."""
    cpu = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown CPU"
    memory = _proc_field("/proc/meminfo", "MemTotal")
    memory_text = f", {int(memory.split()[0]) / 1024 / 1024:.1f} GiB RAM" if memory else ""
    parts = [
        f"{cpu}, {os.cpu_count()} logical cores{memory_text}",
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}",
        *versions,
        f"load average {os.getloadavg()[0]:.1f}",
    ]
    return "; ".join(parts)
