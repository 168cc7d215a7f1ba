"""Reference timing for BENCHMARKS.md: the Gamma and Beta Fisher-Rao log maps with scipy's solve_bvp.

Solves the geodesic boundary-value problem on the same end points as GeodesicBenchmark, at
solve_bvp's default tolerance (1e-3) and at 1e-8, and prints the median time and the length
(Fisher speed integrated along the solution) next to Fisherscope's distance for those points.
Run: python3 src/test/python/solve_bvp_reference.py  (needs numpy and scipy)
"""
import time

import numpy as np
from scipy.integrate import solve_bvp, quad
from scipy.special import polygamma

FISHERSCOPE = {"gamma": 1.7054796700029873, "beta": 2.5117705017995346}


def gamma_metric(x):
    k, s = x
    return np.array([[polygamma(1, k), 1 / s], [1 / s, k / s**2]])


def gamma_dmetric(x):
    k, s = x
    return np.array([[[polygamma(2, k), 0], [0, 1 / s**2]],
                     [[0, -1 / s**2], [-1 / s**2, -2 * k / s**3]]])


def beta_metric(x):
    a, b = x
    c = polygamma(1, a + b)
    return np.array([[polygamma(1, a) - c, -c], [-c, polygamma(1, b) - c]])


def beta_dmetric(x):
    a, b = x
    c = polygamma(2, a + b)
    return np.array([[[polygamma(2, a) - c, -c], [-c, -c]],
                     [[-c, -c], [-c, polygamma(2, b) - c]]])


def christoffel(metric, dmetric, x):
    g_inv = np.linalg.inv(metric(x))
    d = dmetric(x)  # d[l, i, j] = dg_ij / dx_l
    first = 0.5 * (np.einsum("ilj->lij", d) + np.einsum("jli->lij", d) - d)  # [l, i, j]
    return np.einsum("kl,lij->kij", g_inv, first)


def solve(metric, dmetric, start, end, tol):
    start = np.asarray(start, float)
    end = np.asarray(end, float)

    def rhs(t, y):
        out = np.empty_like(y)
        for col in range(y.shape[1]):
            x, v = y[:2, col], y[2:, col]
            gam = christoffel(metric, dmetric, x)
            out[:2, col] = v
            out[2:, col] = -np.einsum("kij,i,j->k", gam, v, v)
        return out

    def bc(ya, yb):
        return np.concatenate([ya[:2] - start, yb[:2] - end])

    t = np.linspace(0, 1, 11)
    y0 = np.vstack([np.outer(start, 1 - t) + np.outer(end, t), np.outer(end - start, np.ones_like(t))])
    sol = solve_bvp(rhs, bc, t, y0, tol=tol, max_nodes=100000)
    speed = lambda s: np.sqrt(max(0.0, sol.sol(s)[2:] @ metric(sol.sol(s)[:2]) @ sol.sol(s)[2:]))
    return sol.status, quad(speed, 0, 1, limit=200)[0]


def main():
    cases = {"gamma": (gamma_metric, gamma_dmetric, (0.7, 2), (2, 3)),
             "beta": (beta_metric, beta_dmetric, (0.5, 2), (4, 1))}
    for name, (metric, dmetric, a, b) in cases.items():
        for tol in (1e-3, 1e-8):
            times = []
            for _ in range(7):
                t0 = time.perf_counter()
                status, length = solve(metric, dmetric, a, b, tol)
                times.append(time.perf_counter() - t0)
            print(f"{name} tol={tol:g}: status {status}, median {np.median(times) * 1e3:.1f} ms, "
                  f"length {length:.12f}, |Δ| vs Fisherscope {abs(length - FISHERSCOPE[name]):.1e}")


if __name__ == "__main__":
    main()
