package org.fisherscope.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Several schedules on one spectrum: each one's Fisher length, the geodesic distance between its own end
 * points and their ratio (1 only for a geodesic, i.e. SPD). With {@code steps > 0} the schedules are the
 * discrete ones sampled at t = k/steps, and the length is the sum of exact segment distances.
 */
public final class ScheduleComparison {

    /** The Fisher metric and distance convention, printed next to every number. */
    public static final String CONVENTION = "Fisher metric ds² = ½ Σ_f (d ln v_f)² of the zero-mean Gaussians with "
            + "variances v_f(t) = a_f(t)²·S_f + σ_f(t)² (no factor 2 in distances); ratio = length / distance "
            + "between the schedule's own end points, 1 only for a geodesic";

    private ScheduleComparison() {
    }

    /** One schedule's numbers. */
    public record Row(Schedule schedule, double length, double endpointDistance, double ratio,
                      double lengthErrorEstimate) {
    }

    public static List<Row> run(Spectrum spectrum, List<Schedule> schedules, int steps, BooleanSupplier cancelled) {
        if (steps < 0) {
            throw new InvalidInputException("steps must be ≥ 1 (or absent for continuous time), got " + steps);
        }
        List<Row> rows = new ArrayList<>();
        for (Schedule schedule : schedules) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled");
            }
            FisherPath path = new FisherPath(spectrum, schedule);
            double length;
            double error;
            if (steps == 0) {
                GaussKronrod.Result r = path.length(0, 1);
                length = r.value();
                error = r.errorEstimate();
            } else {
                length = path.discreteLength(steps);
                error = 0;
            }
            double distance = path.endpointDistance();
            rows.add(new Row(schedule, length, distance, distance > 0 ? length / distance : Double.NaN, error));
        }
        return rows;
    }
}
