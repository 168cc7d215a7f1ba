package org.fisherscope.ising;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The exact per-bond Fisher curvature of the periodic L × L Ising model at one coupling: cumulants by
 * enumeration, the transfer matrix or free fermions (four Pfaffian sectors, Wick contractions; the
 * transfer matrix is its independent check), and R = (B − A)/4 by the Fourier contraction.
 */
public final class ExactIsing {

    /** How the moments are computed; {@link #AUTO} picks the fastest exact method for the side. */
    public enum Method {
        AUTO("auto"), ENUMERATION("enumeration"), TRANSFER("transfer"), FREE_FERMION("free-fermion");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Parses auto, enumeration, transfer or free-fermion. */
        public static Method parse(String text) {
            for (Method m : values()) {
                if (m.id.equals(text.toLowerCase(Locale.ROOT).strip())) {
                    return m;
                }
            }
            throw new InvalidInputException("unknown exact method '" + text + "'; accepted: auto, enumeration, transfer, free-fermion");
        }

        /** Largest side the method accepts. */
        public int maxSide() {
            return switch (this) {
                case ENUMERATION -> Enumeration.MAX_SIDE;
                case TRANSFER -> TransferMatrix.MAX_SIDE;
                default -> FREE_FERMION_MAX_SIDE;
            };
        }
    }

    /**
     * Free fermions stream the κ table and the Brillouin-zone sum in slabs ({@link FreeFermionCurvature}), so memory
     * is no longer the limit; time grows as n² (L = 128 takes minutes on two cores, BENCHMARKS.md).
     */
    public static final int FREE_FERMION_MAX_SIDE = 128;

    /** The largest side any exact method handles. */
    public static final int MAX_SIDE = FREE_FERMION_MAX_SIDE;

    /**
     * Everything one exact run gives, with the method actually used and its wall time: ln Z, the bond means ⟨e⟩ of
     * right and down bonds (equal on the square torus) and the curvature.
     */
    public record Result(int side, double coupling, double logZ, double[] means, CumulantCurvature.Result curvature,
                         Method method, double seconds) {
        /** ⟨e⟩ of a right ({@link IsingLattice#RIGHT}) or down bond. */
        public double mean(int direction) {
            return means[direction];
        }
    }

    private ExactIsing() {
    }

    /**
     * The fastest exact method for a side, measured warm for the whole curvature (BENCHMARKS.md): enumeration
     * 0.06 ms against 0.11 ms (transfer) and 0.42 ms (free fermions) at L = 3; the transfer matrix 0.25 ms against
     * 0.44 ms (free fermions) and 0.57 ms (enumeration) at L = 4; from L = 5 free fermions (0.88 ms against
     * 0.95 ms, 1.0 ms against 4.3 ms at L = 6, 1.8 ms against 59 ms at L = 8).
     */
    public static Method fastest(int side) {
        return side <= 3 ? Method.ENUMERATION : side == 4 ? Method.TRANSFER : Method.FREE_FERMION;
    }

    /** The fastest method that gives raw moments (enumeration or the transfer matrix). */
    static Method fastestForMoments(int side) {
        return side <= 3 ? Method.ENUMERATION : Method.TRANSFER;
    }

    /** Checks the side and coupling for a method (AUTO: any exact method) and resolves AUTO. */
    public static Method resolve(int side, double coupling, Method method) {
        new IsingLattice(side);
        IsingLattice.checkCoupling(coupling);
        Method chosen = method == Method.AUTO ? fastest(Math.min(side, MAX_SIDE)) : method;
        if (side > chosen.maxSide()) {
            throw new InvalidInputException(method == Method.AUTO
                    ? "exact methods handle L ≤ " + MAX_SIDE + " here; got L = " + side
                    : "--method " + chosen.id() + " handles L ≤ " + chosen.maxSide() + "; got L = " + side);
        }
        return chosen;
    }

    /** Raw moments by the chosen method (AUTO: the fastest of enumeration and the transfer matrix). */
    public static BondMoments moments(int side, double coupling, Method method, ProgressListener progress,
                                      BooleanSupplier cancelled) {
        Method chosen = resolve(side, coupling, method == Method.AUTO ? fastestForMoments(side) : method);
        if (chosen == Method.FREE_FERMION) {
            throw new InvalidInputException("free fermions give cumulants, not raw moments; use compute()");
        }
        return chosen == Method.ENUMERATION
                ? Enumeration.moments(side, coupling, progress, cancelled)
                : TransferMatrix.moments(side, coupling, progress, cancelled);
    }

    /** The whole computation; throws CancellationException when {@code cancelled} turns true. */
    public static Result compute(int side, double coupling, Method method, ProgressListener progress,
                                 BooleanSupplier cancelled) {
        Method chosen = resolve(side, coupling, method);
        long start = System.nanoTime();
        if (chosen == Method.FREE_FERMION) {
            FreeFermionCurvature.Result r;
            try {
                r = FreeFermionCurvature.of(side, coupling, progress, cancelled);
            } catch (IllegalStateException nearCritical) {
                throw new InvalidInputException(nearCritical.getMessage() + "; use K_c itself or move further away");
            }
            return new Result(side, coupling, r.logZ(), r.mean(), r.curvature(), chosen, secondsSince(start));
        }
        BondCumulants cumulants = BondCumulants.of(moments(side, coupling, chosen, progress, cancelled));
        CumulantCurvature.Result curvature = FourierCurvature.of(cumulants);
        progress.progress(1);
        return new Result(side, coupling, cumulants.logZ(),
                new double[] {cumulants.mean(IsingLattice.RIGHT), cumulants.mean(IsingLattice.DOWN)}, curvature, chosen,
                secondsSince(start));
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
