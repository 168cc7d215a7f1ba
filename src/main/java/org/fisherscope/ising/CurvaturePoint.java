package org.fisherscope.ising;

/**
 * The Fisher curvature of one periodic L × L lattice at coupling K, however it was computed: R and its four
 * pieces R1…R4 (R1 = −A/2, R2 = B/2, R3 = A/4, R4 = −B/4 when computed from A and B; a source may compute them
 * separately, which is why they are kept and checked rather than derived), A and B, the method's name, the
 * standard error of R (NaN for an exact method), the wall time and the autocorrelation time of the chains
 * (NaN for an exact method). Convention: the unit 2-sphere has R = +2; at K_c R is negative.
 */
public record CurvaturePoint(int size, double coupling, double r, double r1, double r2, double r3, double r4,
                             double a, double b, String method, double error, double seconds, double tauInt) {

    /** A point whose pieces follow from A and B. */
    public static CurvaturePoint fromAB(int size, double coupling, double a, double b, String method, double error,
                                        double seconds, double tauInt) {
        return new CurvaturePoint(size, coupling, (b - a) / 4, -a / 2, b / 2, a / 4, -b / 4, a, b, method, error,
                seconds, tauInt);
    }

    /** n = L² sites. */
    public int sites() {
        return size * size;
    }

    /** m = 2L² bonds, the dimension of the Fisher manifold. */
    public int bonds() {
        return 2 * size * size;
    }

    /** True when the method is exact (no statistical error). */
    public boolean exact() {
        return Double.isNaN(error);
    }

    /** |R3 + R1/2| / |R1|: zero when the identity R3 = −R1/2 holds. */
    public double r3Deviation() {
        return Math.abs(r3 + r1 / 2) / Math.abs(r1);
    }

    /** |R4 + R2/2| / |R2|: zero when the identity R4 = −R2/2 holds. */
    public double r4Deviation() {
        return Math.abs(r4 + r2 / 2) / Math.abs(r2);
    }

    /** |R − (R1 + R2 + R3 + R4)| / |R|: zero when the pieces add up to R. */
    public double sumDeviation() {
        return Math.abs(r - (r1 + r2 + r3 + r4)) / Math.abs(r);
    }
}
