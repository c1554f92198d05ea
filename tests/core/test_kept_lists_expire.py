"""What a process keeps per content version (a list's ids, its filters, the latest items)
expires after SHELL_CACHE_SECONDS: without a shared cache, a publish in another process
reaches this one's lists within five minutes, not never."""

import time

from core.cache import SHELL_CACHE_SECONDS, cached_for_content


def test_a_kept_list_is_worked_out_again_once_its_time_is_up(monkeypatch):
    answers = iter(["as published before", "as published since"])

    def work_out():
        return next(answers)

    assert cached_for_content("kept-list-expiry", work_out) == "as published before"
    assert cached_for_content("kept-list-expiry", work_out) == "as published before"
    later = time.time() + SHELL_CACHE_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert cached_for_content("kept-list-expiry", work_out) == "as published since"
