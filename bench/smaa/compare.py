#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Run the libama SMAA-2 benchmark and the NumPy baseline in one command
and print times, samples/s and ratios.

    /usr/bin/python3 bench/smaa/compare.py build/bench/smaa/smaa-bench [SAMPLES] [REPEATS]

Both compute 1,000,000 samples x 10 criteria x 8 options by default,
streaming. Each is repeated; best and median are reported (other jobs on
the machine make single runs noisy).
"""

import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import smaa_numpy  # noqa: E402


def main():
    bench = sys.argv[1]
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 7

    values = smaa_numpy.scores()
    times, cpu = [], []
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        acceptability, _central = smaa_numpy.smaa(values, samples)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    numpy_best, numpy_median = min(times), statistics.median(times)
    numpy_cpu = min(cpu)
    print(f"numpy   {np.__version__:>8}  best {numpy_best * 1e3:8.1f} ms  median {numpy_median * 1e3:8.1f} ms  "
          f"cpu {numpy_cpu * 1e3:8.1f} ms  {samples / numpy_best:12.0f} samples/s")

    out = subprocess.run([bench, str(samples), str(repeats), "1", "2"],
                         check=True, capture_output=True, text=True).stdout
    one = None
    for line in out.splitlines():
        r = json.loads(line)
        print(f"libama  {r['threads']} thread{'s' if r['threads'] > 1 else ' '}  best {r['best'] * 1e3:8.1f} ms  "
              f"median {r['median'] * 1e3:8.1f} ms  cpu {r['cpu_best'] * 1e3:8.1f} ms  "
              f"{r['samples_per_s']:12.0f} samples/s  "
              f"vs numpy x{numpy_best / r['best']:.1f} (median x{numpy_median / r['median']:.1f}, "
              f"cpu x{numpy_cpu / r['cpu_best']:.1f})")
        if r["threads"] == 1:
            one = r
        else:
            print(f"        speed-up {r['threads']} threads / 1 thread: best x{one['best'] / r['best']:.2f}, "
                  f"median x{one['median'] / r['median']:.2f}")
        # Both estimate the same first-rank acceptabilities: agree to MC error.
        se = np.sqrt(acceptability[:, 0] * (1 - acceptability[:, 0]) / samples) * np.sqrt(2)
        diff = np.abs(np.array(r["first"]) - acceptability[:, 0])
        assert np.all(diff <= 5 * se + 1e-12), (r["first"], acceptability[:, 0])
    print("first-rank acceptability (numpy):", np.round(acceptability[:, 0], 4).tolist())


if __name__ == "__main__":
    main()
