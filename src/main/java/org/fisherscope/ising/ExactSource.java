package org.fisherscope.ising;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** The exact engine behind the scaling workspace: the fastest exact method per L (enumeration, transfer matrix). */
public final class ExactSource implements CurvatureSource {

    @Override
    public String key() {
        return "exact-auto";
    }

    @Override
    public String arguments() {
        return "--method exact";
    }

    @Override
    public CurvaturePoint compute(int size, double coupling, BooleanSupplier cancelled, DoubleConsumer progress) {
        ExactIsing.Result r = ExactIsing.compute(size, coupling, ExactIsing.Method.AUTO, progress::accept, cancelled);
        return CurvaturePoint.fromAB(size, coupling, r.curvature().a(), r.curvature().b(), r.method().id(), Double.NaN,
                r.seconds(), Double.NaN);
    }
}
