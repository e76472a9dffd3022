"""Shared pytest set-up for the unit tests and the notebooks under nbval."""

import os

import matplotlib

# The first import of matplotlib in a fresh environment builds a font cache and says so on
# stderr; build it here, before any notebook kernel starts, so strict nbval sees no stray output.
matplotlib.use("Agg")
import matplotlib.font_manager  # noqa: E402,F401

try:
    from hypothesis import settings
except ImportError:             # tools/binder_check.py runs the notebooks without the test extras
    settings = None

if settings is not None:
    settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200)
    settings.register_profile("dev", deadline=None)
    settings.load_profile("ci" if os.environ.get("CI") else "dev")


try:
    import pytest
    from actlab.exercises import reset_tries
except ImportError:             # tools/binder_check.py: no pytest, perhaps no actlab yet
    pytest = None

if pytest is not None:
    @pytest.fixture(autouse=True)
    def _fresh_tries():
        """Each test starts with no wrong tries, so a checker's first answer gets its nudge."""
        reset_tries()
        yield
