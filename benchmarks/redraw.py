"""Child process of the benchmark: chart repaint and pan/zoom times, as JSON.

``python -m benchmarks.redraw RUNS DAYS ENTRIES``. Runs apart from the table so a
Qt teardown at exit cannot touch the other figures; exits with os._exit.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(runs: int, days: int, many: int) -> dict:
    from benchmarks import workloads
    from diary.core.chart_data import chart_data
    from diary.core.daily import day_means
    from diary.core.relief import analyse
    from diary.qt.application import make_application
    from diary.qt.chart import TrendChart

    app = make_application()

    def chart_for(entry_list, procs):
        chart = TrendChart()
        chart.resize(1100, 560)
        chart.show()
        analysis = analyse(day_means(entry_list), procs, workloads.END)
        chart.set_data(chart_data(analysis, entry_list, procs), (30, 50, 80))
        chart.range_group.button(4).click()  # "All"
        app.processEvents()
        chart.view.repaint()
        return chart

    procs = workloads.procedures(days)
    chart = chart_for(workloads.entries(days), procs)
    redraw = []
    for _ in range(runs):
        t0 = time.perf_counter()
        chart.view.viewport().repaint()
        redraw.append((time.perf_counter() - t0) * 1000)

    big = workloads.entries(days, max(1, many // days))
    chart = chart_for(big, procs)
    vb = chart.ratings.vb
    pan = []
    app.processEvents()
    for i in range(runs * 4):
        t0 = time.perf_counter()
        if i % 2:
            vb.scaleBy(x=0.8 if i % 4 == 1 else 1.25)
        else:
            vb.translateBy(x=86400 * 30 * (1 if i % 4 == 0 else -1))
        chart.view.viewport().repaint()  # one frame: the range change and its paint
        pan.append((time.perf_counter() - t0) * 1000)
    return {"redraw": redraw, "pan": pan, "entries": len(big)}


if __name__ == "__main__":
    result = main(*(int(a) for a in sys.argv[1:4]))
    print(json.dumps(result), flush=True)
    os._exit(0)
