"""assessments/clock.py: the one place for stamps, their comparison and round order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from assessments import clock


def test_stamps_are_utc_with_milliseconds_and_z():
    stamp = clock.now_utc()
    assert stamp.endswith("Z") and len(stamp) == len("2026-03-01T09:30:00.123Z")
    assert abs(clock.moment(stamp) - datetime.now(UTC)) < timedelta(minutes=1)


def test_stamps_from_files_are_normalised_or_refused():
    assert clock.iso("2026-03-01T12:30:00+03:00") == "2026-03-01T09:30:00.000Z"
    assert clock.iso("2026-03-01T09:30:00") == "2026-03-01T09:30:00.000Z"  # no zone: UTC
    assert clock.iso("dün öğleden sonra") is None and clock.iso("") is None
    assert clock.moment(None) is None


def test_later_treats_missing_times_as_the_rules_say():
    assert clock.later("2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z")
    assert not clock.later("2026-03-01T00:00:00Z", "2026-03-01T00:00:00.000Z")  # a tie
    assert clock.later("2026-03-01T00:00:00Z", "")  # a missing stored time counts as older
    assert not clock.later("", "2026-03-01T00:00:00Z")
    assert not clock.later("bozuk", "")


def test_times_beyond_a_day_ahead_are_in_the_future():
    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert clock.in_future("9999-12-31T23:59:59Z", now)
    assert not clock.in_future("2026-03-01T23:00:00Z", now)  # another clock, within a day
    assert not clock.in_future("", now)


def test_shown_and_local_times():
    assert clock.shown_time("2026-03-01T09:30:12.345Z") == "2026-03-01 09:30 UTC"
    assert clock.shown_time("") == "-"
    local = clock.local_time("2026-03-01T09:30:00.000Z")
    assert local.tzinfo is None  # a spreadsheet cell has no zone
    assert local.astimezone(UTC) == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)  # the same instant
    assert clock.local_time("") is None


def test_rounds_sort_naturally():
    labels = ["2026-10", "2026-2", "2025", "2026", "2026-1", "2026 Güz"]
    assert sorted(labels, key=clock.round_key) == [
        "2025",
        "2026",
        "2026 Güz",
        "2026-1",
        "2026-2",
        "2026-10",
    ]
