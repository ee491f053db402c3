from portal.snapshot import VersionedCache


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_reloads_only_when_the_version_moves_and_checks_at_the_interval():
    version, loads, clock = [1], [], Clock()
    cache = VersionedCache(
        5, load=lambda v: loads.append(v) or f"value{v}", read_version=lambda: version[0], clock=clock
    )
    assert cache.get() == "value1"
    version[0] = 2
    clock.now = 4.9
    assert cache.get() == "value1"
    clock.now = 5.0
    assert cache.get() == "value2"
    clock.now = 20
    assert cache.get() == "value2"
    assert loads == [1, 2]


def test_max_age_forces_an_earlier_check():
    version, clock = [1], Clock()
    cache = VersionedCache(60, load=lambda v: v, read_version=lambda: version[0], clock=clock)
    cache.get()
    version[0] = 7
    clock.now = 1.0
    assert cache.get() == 1
    assert cache.get(max_age=1.0) == 7
