package org.fisherscope.diffusion;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss–Kronrod quadrature (7-point Gauss embedded in the 15-point Kronrod rule, the
 * QUADPACK QAG pair): the interval with the largest error estimate |K15 − G7| is halved until the summed
 * estimate falls below the tolerance. On smooth integrands the K15 result is far better than the estimate.
 */
public final class GaussKronrod {

    /** Kronrod abscissae on [−1, 1] (non-negative half); the odd-indexed ones are the Gauss nodes. */
    static final double[] NODES = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    static final double[] KRONROD_WEIGHTS = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** Gauss weights for NODES[1], NODES[3], NODES[5] and the centre. */
    static final double[] GAUSS_WEIGHTS = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    /** A bound on bisections: 2000 intervals × 15 points is far beyond what a smooth schedule needs. */
    private static final int MAX_INTERVALS = 2000;

    private GaussKronrod() {
    }

    /** The integral with its error estimate and the number of integrand evaluations. */
    public record Result(double value, double errorEstimate, int evaluations) {
    }

    private record Piece(double a, double b, double value, double error) implements Comparable<Piece> {
        @Override
        public int compareTo(Piece o) {
            return Double.compare(o.error, error);
        }
    }

    /** ∫_a^b f to max(absolute, relative·|∫|) by the estimate. */
    public static Result integrate(DoubleUnaryOperator f, double a, double b, double relative, double absolute) {
        PriorityQueue<Piece> queue = new PriorityQueue<>();
        Piece first = rule(f, a, b);
        queue.add(first);
        double value = first.value;
        double error = first.error;
        int evaluations = 15;
        while (error > Math.max(absolute, relative * Math.abs(value)) && queue.size() < MAX_INTERVALS) {
            Piece worst = queue.poll();
            double mid = 0.5 * (worst.a + worst.b);
            Piece left = rule(f, worst.a, mid);
            Piece right = rule(f, mid, worst.b);
            evaluations += 30;
            queue.add(left);
            queue.add(right);
            value += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
        }
        // Re-sum to shed the rounding of the running updates.
        double sum = 0;
        double err = 0;
        for (Piece p : queue) {
            sum += p.value;
            err += p.error;
        }
        return new Result(sum, err, evaluations);
    }

    private static Piece rule(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(centre);
        double kronrod = KRONROD_WEIGHTS[7] * fc;
        double gauss = GAUSS_WEIGHTS[3] * fc;
        for (int i = 0; i < 7; i++) {
            double dx = half * NODES[i];
            double pair = f.applyAsDouble(centre - dx) + f.applyAsDouble(centre + dx);
            kronrod += KRONROD_WEIGHTS[i] * pair;
            if (i % 2 == 1) {
                gauss += GAUSS_WEIGHTS[i / 2] * pair;
            }
        }
        return new Piece(a, b, kronrod * half, Math.abs((kronrod - gauss) * half));
    }
}
