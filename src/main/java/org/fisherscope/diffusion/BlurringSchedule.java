package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * Blurring diffusion (Hoogeboom &amp; Salimans) as in REFERENCE.md: heat dissipation with
 * σ_blur(t) = σ_max·sin²(πt/2), τ = σ_blur²/2, per-frequency damping d_f(t) = (1 − d_min)·e^{−λ_f τ} + d_min,
 * λ_f = (2π|f|/N)², and noise from logSNR(t) = −2 ln tan(At + B), B = atan(e^{−5}), A = atan(e⁵) − B. Then
 * a² = sigmoid(logSNR) = cos²(At + B) and σ² = sigmoid(−logSNR) = sin²(At + B); the signal gain is a·d_f(t).
 */
public final class BlurringSchedule implements Schedule {

    public static final double DEFAULT_SIGMA_MAX = 20;
    public static final double DEFAULT_MIN_DAMPING = 0.001;
    private static final double B = Math.atan(Math.exp(-5));
    private static final double A = Math.atan(Math.exp(5)) - B;

    private final double sigmaMax;
    private final double minDamping;

    public BlurringSchedule() {
        this(DEFAULT_SIGMA_MAX, DEFAULT_MIN_DAMPING);
    }

    public BlurringSchedule(double sigmaMax, double minDamping) {
        if (!(sigmaMax >= 0) || Double.isInfinite(sigmaMax)) {
            throw new InvalidInputException("blur schedule: sigmaMax must be a finite number ≥ 0, got " + sigmaMax);
        }
        if (!(minDamping > 0) || !(minDamping <= 1)) {
            throw new InvalidInputException("blur schedule: the minimum damping must be in (0, 1], got " + minDamping);
        }
        this.sigmaMax = sigmaMax;
        this.minDamping = minDamping;
    }

    @Override
    public String id() {
        return "blur";
    }

    @Override
    public String label() {
        return "blurring diffusion";
    }

    @Override
    public void evaluate(double t, double radius, int gridSize, double power, double[] out) {
        double half = Math.PI * t / 2;
        double sin = Math.sin(half);
        double sin2 = sin * sin;
        double tau = 0.5 * sigmaMax * sigmaMax * sin2 * sin2;
        // dτ/dt = σ_max²·2 sin³(πt/2) cos(πt/2)·(π/2)
        double tauRate = sigmaMax * sigmaMax * Math.PI * sin2 * sin * Math.cos(half);
        double omega = 2 * Math.PI * radius / gridSize;
        double lambda = omega * omega;
        double decay = (1 - minDamping) * Math.exp(-lambda * tau);
        double damping = decay + minDamping;
        double dampingRate = -lambda * tauRate * decay;
        double phase = A * t + B;
        double cos = Math.cos(phase);
        double sinPhase = Math.sin(phase);
        double signal = cos * cos;
        // d(cos²φ)/dt = −A·sin 2φ, d(sin²φ)/dt = A·sin 2φ
        double swap = A * Math.sin(2 * phase);
        out[GAIN] = signal * damping * damping;
        out[GAIN_RATE] = -swap * damping * damping + signal * 2 * damping * dampingRate;
        out[NOISE] = sinPhase * sinPhase;
        out[NOISE_RATE] = swap;
    }
}
