"""Chebyshev helpers (numpy): interpolation at first-kind nodes, Clenshaw
evaluation of value and derivative, vectorised over many segments."""
import numpy as np


def nodes(n):
    """The n+1 first-kind Chebyshev nodes on [-1, 1] for degree n (descending)."""
    j = np.arange(n + 1)
    return np.cos(np.pi * (j + 0.5) / (n + 1))


def fit(values):
    """Coefficients c[..., 0..n] of the degree-n interpolant through values
    sampled at ``nodes(n)`` (last axis)."""
    m = values.shape[-1]
    n = m - 1
    j = np.arange(m)
    k = np.arange(m)
    T = np.cos(np.pi * np.outer(k, j + 0.5) / m)  # T_k(x_j)
    c = 2.0 / m * values @ T.T
    c[..., 0] *= 0.5
    return c


def evaluate(c, x):
    """Value and d/dx of sum c_k T_k(x); c: (..., n+1), x broadcastable to c[...,0]."""
    n = c.shape[-1] - 1
    b1 = np.zeros(np.broadcast(c[..., 0], x).shape)
    b2 = np.zeros_like(b1)
    d1 = np.zeros_like(b1)
    d2 = np.zeros_like(b1)
    for k in range(n, 0, -1):
        # derivative recurrence: d_k = 2 b_{k+1} + 2x d_{k+1} - d_{k+2}
        d1, d2 = 2.0 * b1 + 2.0 * x * d1 - d2, d1
        b1, b2 = c[..., k] + 2.0 * x * b1 - b2, b1
    val = c[..., 0] + x * b1 - b2
    der = b1 + x * d1 - d2
    return val, der
