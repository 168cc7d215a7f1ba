package org.fisherscope.geometry;

/**
 * An exponential family p(x; θ) = h(x) exp(θ·T(x) − ψ(θ)) in natural parameters θ. The Fisher
 * metric is the Hessian of the log-partition ψ, which is the covariance of the sufficient statistics,
 * and the third derivatives of ψ are their third cumulants: they give the Levi-Civita connection
 * (Γ_abc = ½ ∂³ψ) and the scalar curvature ({@link CumulantCurvature}).
 */
public interface ExponentialFamily {

    /** Natural parameters θ of a chart point. */
    double[] naturalParameters(double[] chart);

    /** Chart coordinates of natural parameters θ. */
    double[] chartFromNatural(double[] theta);

    /** Log-partition function ψ(θ), up to an additive constant. */
    double logPartition(double[] theta);

    /** Mean parameters η = ∇ψ(θ), the expectations of the sufficient statistics. */
    double[] meanParameters(double[] theta);

    /** Chart coordinates of mean parameters η. */
    double[] chartFromMean(double[] eta);

    /** Second cumulants ∂_a∂_b ψ(θ): the Fisher metric in natural coordinates. */
    double[][] secondCumulants(double[] theta);

    /** Third cumulants ∂_a∂_b∂_c ψ(θ). */
    double[][][] thirdCumulants(double[] theta);
}
