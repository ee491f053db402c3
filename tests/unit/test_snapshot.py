from portal.snapshot import VersionedCache


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_reloads_only_when_the_version_moves_and_checks_at_the_interval():
    version, loads, clock = ["a"], [], Clock()
    cache = VersionedCache(
        5, load=lambda v: loads.append(v) or f"value{v}", read_version=lambda: version[0], clock=clock
    )
    assert cache.get() == "valuea"
    version[0] = "b"
    clock.now = 4.9
    assert cache.get() == "valuea"
    clock.now = 5.0
    assert cache.get() == "valueb"
    clock.now = 20
    assert cache.get() == "valueb"
    assert loads == ["a", "b"]


def test_max_age_forces_an_earlier_check():
    version, clock = ["a"], Clock()
    cache = VersionedCache(60, load=lambda v: v, read_version=lambda: version[0], clock=clock)
    cache.get()
    version[0] = "z"
    clock.now = 1.0
    assert cache.get() == "a"
    assert cache.get(max_age=1.0) == "z"
