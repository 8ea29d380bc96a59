# SPDX-License-Identifier: LGPL-2.1-or-later
"""SMAA-2 in NumPy: the baseline smaa-bench is compared against.

The same computation as libama's AmaAppraisalSmaa: weights uniform on the
simplex (normalised exponentials), option values as a mat-vec, ranks by
counting how many options beat each one, rank counts and first-rank
central-weight sums; streamed in chunks so memory stays bounded.
"""

import numpy as np

N_OPTIONS = 8
N_CRITERIA = 10


def scores():
    """The score matrix shared with smaa-bench.c, as preference values on 0-1."""
    s = np.empty((N_OPTIONS, N_CRITERIA))
    x = 20261124
    for i in range(N_OPTIONS):
        for j in range(N_CRITERIA):
            x = (x * 1103515245 + 12345) % 2147483648
            s[i, j] = x / 2147483648.0
    return s


def smaa(values, n_samples, seed=2026, chunk=131072):
    m, n = values.shape
    rng = np.random.default_rng(seed)
    counts = np.zeros((m, m), dtype=np.int64)
    central = np.zeros((m, n))
    rows = np.arange(m)
    done = 0
    while done < n_samples:
        k = min(chunk, n_samples - done)
        w = rng.standard_exponential((k, n))
        w /= w.sum(axis=1, keepdims=True)
        v = w @ values.T                                     # k x m
        ranks = (v[:, None, :] > v[:, :, None]).sum(axis=2)  # k x m: how many beat each
        counts += np.stack([np.bincount(ranks[:, i], minlength=m) for i in rows])
        first = ranks == 0
        central += first.T.astype(np.float64) @ w
        done += k
    acceptability = counts / n_samples
    with np.errstate(invalid="ignore", divide="ignore"):
        central = central / counts[:, :1]
    return acceptability, central
