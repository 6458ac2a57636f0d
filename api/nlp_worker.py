"""Extractions and citation checks in worker processes beside the server (`POLICYLINK_NLP_WORKERS`).

The server's Python runs under one interpreter lock: an extraction (segmentation, the body and task
rules) takes the lock's turns from every search and page while it runs. These requests read no
search index (the embedded index opens in one process only), so they can run in other processes,
on the machine's other cores; each worker loads the NLP models itself once, as it starts. The
requests keep their limits: they queue first come first served for a worker (`HeavyWork`), 429
after the wait, 503 after the time limit.
"""

import asyncio
import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from policylink.api import service
from policylink.api.settings import Settings

_PARENT_POLL_S = 1.0
WARM_UP_TEXT = "CHỈ THỊ\nvề thử\n\n1. Giao Sở Tài chính báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2025."


def warm_up(settings: Settings) -> None:
    """The models and rules one extraction loads (seconds), loaded before the first request needs them."""
    service.extract_text(WARM_UP_TEXT, None, settings)


def _leave_with_parent(parent: int) -> None:
    """A worker whose server died without closing it (SIGKILL) ends too, within a second."""
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_S)
    os._exit(0)


def _start_worker(parent: int, settings: Settings) -> None:
    threading.Thread(target=_leave_with_parent, args=(parent,), daemon=True).start()
    warm_up(settings)


class NlpWorkers:
    """`processes` worker processes (spawned, not forked: the server has threads and an open index),
    started with the app and ended with it. A job not answered within `lost_after_s` fails: a
    worker killed from outside (out of memory) loses its job without a word, and its slot in the
    request queue must come back; the pool starts a new worker in its place."""

    def __init__(self, processes: int, settings: Settings, lost_after_s: float) -> None:
        context = multiprocessing.get_context("spawn")
        self.lost_after_s = lost_after_s
        self._pool = context.Pool(processes, initializer=_start_worker, initargs=(os.getpid(), settings))

    def start(self, work: Callable[..., Any], args: tuple) -> "asyncio.Future[Any]":
        """`work(*args)` in a worker (work and args are pickled: module-level functions, plain data)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()

        def settle(value: Any = None, error: BaseException | None = None) -> None:
            if not future.done():
                future.set_exception(error) if error is not None else future.set_result(value)

        lost = loop.call_later(self.lost_after_s, settle, None, TimeoutError("no answer from the NLP worker"))
        future.add_done_callback(lambda _: lost.cancel())
        self._pool.apply_async(
            work, args,
            callback=lambda value: loop.call_soon_threadsafe(settle, value),
            error_callback=lambda error: loop.call_soon_threadsafe(settle, None, error),
        )
        return future

    def close(self) -> None:
        """End the workers now (work in hand is dropped: the server is stopping) and wait for them."""
        self._pool.terminate()
        self._pool.join()
        del self._pool  # its queues' semaphores go now, not at exit with the resource tracker's warning
        gc.collect()
