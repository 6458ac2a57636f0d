"""Failed sign-ins counted per account name and per client address, so that a password cannot be
guessed at request speed: past the allowance of a window, further tries wait until the oldest
failure of the window has expired. Counts live in the server process (each instance behind one
address counts its own); a correct password does not clear the address's count, only the name's."""

import threading
import time
from collections import deque
from collections.abc import Callable

NAME_FAILURES = 5  # wrong passwords for one account name per window
ADDRESS_FAILURES = 20  # per client address: an office behind one address has many people
WINDOW_SECONDS = 15 * 60
_PRUNE_ABOVE = 10_000  # keys kept before expired ones are dropped (names sprayed by a guesser)


class SignInLimits:
    """Sliding windows of failure times, one per account name and one per client address."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(name: str, address: str) -> tuple[tuple[str, str], tuple[str, str]]:
        return ("name", name.casefold()), ("address", address)

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= now - WINDOW_SECONDS:
            times.popleft()
        return times

    def wait_seconds(self, name: str, address: str) -> int:
        """0 when a try is allowed now, else the whole seconds until one is."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            allowances = (NAME_FAILURES, ADDRESS_FAILURES)
            for key, allowance in zip(self._keys(name, address), allowances, strict=True):
                times = self._recent(key, now)
                if len(times) >= allowance:
                    wait = max(wait, times[-allowance] + WINDOW_SECONDS - now)
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, name: str, address: str) -> None:
        now = self._clock()
        with self._lock:
            for key in self._keys(name, address):
                self._recent(key, now).append(now)
            if len(self._failures) > _PRUNE_ABOVE:
                live = self._failures.items()
                self._failures = {key: times for key, times in live if self._recent(key, now)}

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(self._keys(name, "")[0], None)
