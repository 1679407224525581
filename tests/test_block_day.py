"""Block day: the prompt schedule and the summary, on a hand-made day."""

import datetime as dt

from diary.core.block_day import BlockReading, due_prompt, prompt_times, summarise

AT = dt.datetime(2026, 5, 4, 9, 0)


def m(minutes: int) -> dt.datetime:
    return AT + dt.timedelta(minutes=minutes)


def test_schedule_every_15_minutes_then_hourly_for_8_hours():
    times = prompt_times(AT)
    assert [int((t - AT).total_seconds() // 60) for t in times] == [
        15,
        30,
        45,
        60,
        120,
        180,
        240,
        300,
        360,
        420,
        480,
        540,
    ]


def test_due_prompt_uses_the_wall_clock_and_asks_once():
    assert due_prompt(AT, m(10), []) is None
    assert due_prompt(AT, m(16), []) == m(15)
    assert due_prompt(AT, m(16), [m(16)]) is None
    # After a sleep from 9:20 to 11:05: only the latest missed prompt is asked.
    assert due_prompt(AT, m(125), [m(16)]) == m(120)
    assert due_prompt(AT, m(600), [m(541)]) is None


def test_summary_peak_time_at_80_and_pain_back():
    # Left: before 8; then 4 (50 %), 1 (87.5 %), 0 (100 %), 1 (87.5 %), 3 (62.5 %), 7 (12.5 %)
    pains = {15: 4, 30: 1, 45: 0, 60: 1, 120: 3, 180: 7}
    readings = [BlockReading(m(-5), "left", 8, True)]
    readings += [BlockReading(m(k), "left", v) for k, v in pains.items()]
    # Right: before 0: relief cannot be measured.
    readings += [BlockReading(m(-5), "right", 0, True), BlockReading(m(15), "right", 0)]
    s = summarise(readings)
    left = s["left"]
    assert left.before == 8
    assert left.peak_relief == 100 and left.peak_at == m(45)
    # At or above 80 % from 9:30 until the first reading below it at 11:00: 90 minutes.
    assert left.minutes_at_threshold == 90 and not left.threshold_held_to_end
    assert left.pain_back_at == m(180)  # first reading after the peak below 30 %
    assert s["right"].peak_relief is None and s["right"].minutes_at_threshold is None


def test_relief_still_at_80_at_the_last_reading():
    readings = [
        BlockReading(m(-5), "right", 5, True),
        BlockReading(m(15), "right", 1),
        BlockReading(m(60), "right", 0),
    ]
    right = summarise(readings)["right"]
    assert right.minutes_at_threshold == 45 and right.threshold_held_to_end
    assert right.pain_back_at is None


def test_prompt_status():
    from diary.core.block_day import prompt_status

    states = dict(prompt_status(AT, m(50), [m(16), m(47)]))
    assert states[m(15)] == "done"
    assert states[m(30)] == "missed"  # nothing between 9:30 and 9:45
    assert states[m(45)] == "done"
    assert states[m(60)] == "upcoming"
    assert dict(prompt_status(AT, m(65), [m(16)]))[m(60)] == "due"
