"""`once`: a loader built by one thread however many ask at once (the body rules under load)."""

import threading

import pytest

from policylink.core.once import once
from policylink.nlp.body_rules import body_rules


def test_threads_asking_during_the_first_build_wait_for_it_instead_of_building_their_own() -> None:
    started, release = threading.Event(), threading.Event()
    builds: list[int] = []

    @once
    def load() -> dict:
        builds.append(1)
        started.set()
        release.wait()
        return {"built": len(builds)}

    got: list[dict] = []
    first = threading.Thread(target=lambda: got.append(load()))
    first.start()
    started.wait()
    others = [threading.Thread(target=lambda: got.append(load())) for _ in range(8)]
    for thread in others:
        thread.start()
    release.set()
    for thread in [first, *others]:
        thread.join()
    assert builds == [1]
    assert len(got) == 9 and all(value is got[0] for value in got)


def test_a_load_that_failed_is_tried_again_by_the_next_caller() -> None:
    attempts: list[int] = []

    @once
    def load() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("the model file is not there yet")
        return 42

    with pytest.raises(OSError):
        load()
    assert load() == 42 and load() == 42
    assert len(attempts) == 2


def test_the_body_rules_are_one_object_per_process() -> None:
    assert body_rules() is body_rules()
