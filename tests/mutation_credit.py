"""Let mutmut see which tests read data that is built once for many tests.

`make mutation` first runs the tests once and credits each mutated function to the tests
that called it; every mutant is then checked with those tests only. A fixture built once
per module (tests/shared_data.py, the shared site of tests/conftest.py) or once per run is
set up inside its first test, so the functions that build it were credited to that test
alone: a mutant that indexes headings as body text never met the test that searches for
a heading. Here each test is also credited with what the broader fixtures it shares
called. Outside mutmut's first run this does nothing.
"""

import sys

import pytest

EVERY_MODULE = "*"
# Module name (or EVERY_MODULE for fixtures of a wider scope): the mutated functions that
# setting up its shared fixtures called.
_called_by_shared_fixtures = {}


def _called_in_this_test():
    """The set in which mutmut's first run collects the mutated functions called since
    the current test began; None when mutmut is not running."""
    state = sys.modules.get("mutmut.state")
    return state.state()._stats if state else None


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    called = _called_in_this_test()
    if called is None or fixturedef.scope == "function":
        yield
        return
    earlier = set(called)
    called.clear()
    yield
    key = request.module.__name__ if fixturedef.scope == "module" else EVERY_MODULE
    _called_by_shared_fixtures.setdefault(key, set()).update(called)
    called.update(earlier)


@pytest.fixture(autouse=True)
def credit_the_shared_fixtures_to_each_test(request):
    called = _called_in_this_test()
    if called is not None:
        called.update(_called_by_shared_fixtures.get(request.module.__name__, ()))
        called.update(_called_by_shared_fixtures.get(EVERY_MODULE, ()))
