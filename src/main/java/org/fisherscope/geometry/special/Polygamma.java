package org.fisherscope.geometry.special;

/**
 * The digamma function ψ and its derivatives ψ′ (trigamma) and ψ″ (tetragamma) for x > 0: the
 * cumulants of the Beta, Gamma and Dirichlet families.
 *
 * <p>Each is shifted up by the recurrence ψ⁽ⁿ⁾(x) = ψ⁽ⁿ⁾(x + 1) − (−1)ⁿ n!/x^{n+1} until x ≥ 10,
 * then summed from its asymptotic (Bernoulli-number) series.
 */
public final class Polygamma {

    /** Where the asymptotic series takes over; its first omitted term there is ~1e-17 relative. */
    private static final double ASYMPTOTIC_FROM = 10;

    private Polygamma() {
    }

    /** ψ(x) = d ln Γ(x)/dx. */
    public static double digamma(double x) {
        check(x);
        double shift = 0;
        while (x < ASYMPTOTIC_FROM) {
            shift -= 1 / x;
            x += 1;
        }
        double r = 1 / (x * x);
        // ln x − 1/(2x) − Σ B_2k/(2k x^2k)
        double series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240 - r * (1.0 / 132
                - r * (691.0 / 32760 - r / 12))))));
        return shift + Math.log(x) - 0.5 / x - series;
    }

    /** ψ′(x), the trigamma function. */
    public static double trigamma(double x) {
        check(x);
        double shift = 0;
        while (x < ASYMPTOTIC_FROM) {
            shift += 1 / (x * x);
            x += 1;
        }
        double r = 1 / (x * x);
        // 1/x + 1/(2x²) + Σ B_2k/x^{2k+1}
        double series = (1 + r * (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r * (1.0 / 30 - r * (5.0 / 66
                - r * (691.0 / 2730 - r * 7.0 / 6))))))) / x;
        return shift + series + 0.5 * r;
    }

    /** ψ″(x), the tetragamma function. */
    public static double tetragamma(double x) {
        check(x);
        double shift = 0;
        while (x < ASYMPTOTIC_FROM) {
            shift -= 2 / (x * x * x);
            x += 1;
        }
        double r = 1 / (x * x);
        // −1/x² − 1/x³ − Σ (2k+1) B_2k / x^{2k+2}
        double series = -r * (1 + 1 / x + r * (0.5 - r * (1.0 / 6 - r * (1.0 / 6 - r * (3.0 / 10 - r * (5.0 / 6
                - r * (691.0 / 210 - r * 35.0 / 2)))))));
        return shift + series;
    }

    /**
     * ψ′(x) and ψ″(x) in one pass, sharing the recurrence and the powers of 1/x: the geodesic
     * equation of the Beta and Dirichlet families needs both at every step.
     *
     * @return {ψ′(x), ψ″(x)}
     */
    public static double[] trigammaAndTetragamma(double x) {
        check(x);
        double shift1 = 0;
        double shift2 = 0;
        while (x < ASYMPTOTIC_FROM) {
            double inv = 1 / x;
            double inv2 = inv * inv;
            shift1 += inv2;
            shift2 -= 2 * inv2 * inv;
            x += 1;
        }
        double inv = 1 / x;
        double r = inv * inv;
        double tri = (1 + r * (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r * (1.0 / 30 - r * (5.0 / 66
                - r * (691.0 / 2730 - r * 7.0 / 6))))))) * inv + 0.5 * r;
        double tetra = -r * (1 + inv + r * (0.5 - r * (1.0 / 6 - r * (1.0 / 6 - r * (3.0 / 10 - r * (5.0 / 6
                - r * (691.0 / 210 - r * 35.0 / 2)))))));
        return new double[] {shift1 + tri, shift2 + tetra};
    }

    private static void check(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("polygamma functions are evaluated for finite x > 0, got " + x);
        }
    }
}
