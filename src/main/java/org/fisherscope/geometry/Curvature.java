package org.fisherscope.geometry;

/**
 * Scalar and Gaussian curvature of a family at a point, with the sign convention of
 * {@link ScalarCurvature} (unit 2-sphere: R = +2). Exponential families use the exact cumulant
 * formula R = (B − A)/4; other families the generic computation from the metric.
 */
public final class Curvature {

    private Curvature() {
    }

    /** Curvature at user parameters p (interior points only). */
    public static Result at(StatisticalFamily family, double[] p) {
        double[] parameters = family.checkParameters(p, false);
        double[] chart = family.toChart(parameters);
        double scalar;
        String method;
        if (family instanceof ExponentialFamily exponential) {
            double[] theta = exponential.naturalParameters(chart);
            scalar = CumulantCurvature.compute(exponential.secondCumulants(theta),
                    exponential.thirdCumulants(theta)).scalar();
            method = "cumulants";
        } else {
            scalar = ScalarCurvature.of(family, chart);
            method = "metric";
        }
        double gaussian = family.dimension() == 2 ? scalar / 2 : Double.NaN;
        return new Result(parameters, scalar, gaussian, method);
    }

    /**
     * Scalar curvature R; Gaussian curvature R/2 for two-dimensional families, NaN otherwise;
     * method is "cumulants" or "metric".
     */
    public record Result(double[] parameters, double scalar, double gaussian, String method) {
    }
}
