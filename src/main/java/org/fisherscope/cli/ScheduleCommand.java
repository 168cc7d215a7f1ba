package org.fisherscope.cli;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.diffusion.ScheduleSpec;
import org.fisherscope.diffusion.SpectrumSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schedule}: Fisher path lengths of diffusion schedules from a data spectrum to white noise. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Diffusion schedules as paths of Gaussian models diagonal in Fourier space: Fisher length, the "
            + "geodesic distance between the schedule's own end points, and their ratio (1 only for shortest-path "
            + "diffusion, SPD).",
            "Metric: ds² = ½ Σ_f (d ln v_f)², v_f(t) = a_f(t)²·S_f + σ_f(t)²."})
final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--spectrum", paramLabel = "SPEC", defaultValue = "powerlaw",
            description = {"powerlaw:c1=..,c2=..,m=..,size=N,dims=1|2 (defaults: CIFAR-10 c1=1.59, c2=0.0086, m=2, "
                + "size=32, dims=2) or image:PATH[,channel=luminance|red|green|blue][,use=rings|fit][,c2=..].",
                "Default: ${DEFAULT-VALUE}."})
    String spectrum;

    @Option(names = "--schedules", paramLabel = "LIST", defaultValue = "spd,linear,cosine,blur",
            description = {"Comma-separated: spd, linear[:beta0=..,beta1=..], cosine[:s=..], blur[:sigma=..,dmin=..], "
                + "table:FILE.csv (columns t,alphaBar or t and one column per frequency radius).",
                "Default: ${DEFAULT-VALUE}."})
    String schedules;

    @Option(names = "--steps", paramLabel = "N",
            description = "Discrete schedules sampled at t = k/N (length = sum of exact segment distances); "
                    + "without it the schedules are continuous in t.")
    Integer steps;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (steps != null && steps < 1) {
            throw new org.fisherscope.geometry.InvalidInputException("--steps must be at least 1, got " + steps);
        }
        SpectrumSpec.Parsed parsed = SpectrumSpec.parse(spectrum);
        List<Schedule> list = ScheduleSpec.parse(schedules);
        List<ScheduleComparison.Row> rows = ScheduleComparison.run(parsed.spectrum(), list, steps == null ? 0 : steps,
                () -> false);
        Map<String, Object> out = Json.object();
        Map<String, Object> spec = Json.object();
        spec.putAll(parsed.facts());
        spec.put("description", parsed.spectrum().description());
        out.put("spectrum", spec);
        if (steps == null) {
            out.put("time", "continuous");
        } else {
            out.put("time", "discrete");
            out.put("steps", steps);
        }
        Map<String, Object> bySchedule = Json.object();
        Set<String> used = new HashSet<>();
        for (ScheduleComparison.Row row : rows) {
            String key = row.schedule().id();
            for (int k = 2; !used.add(key); k++) {
                key = row.schedule().id() + "-" + k;
            }
            Map<String, Object> r = Json.object();
            r.put("label", row.schedule().label());
            r.put("length", row.length());
            r.put("endpointDistance", row.endpointDistance());
            Json.putNumber(r, "ratio", row.ratio(), "the schedule ends where it starts");
            if (steps == null) {
                r.put("lengthErrorEstimate", row.lengthErrorEstimate());
            }
            bySchedule.put(key, r);
        }
        out.put("schedules", bySchedule);
        out.put("convention", ScheduleComparison.CONVENTION);
        Output.print(out, json);
        return 0;
    }
}
