package org.fisherscope.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.Formats;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.figure.GeodesicScene;
import org.fisherscope.figure.PlaneOverlays;
import org.fisherscope.figure.PlaneView;
import org.fisherscope.geometry.Connection;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code figure geodesics}: the Geodesics workspace's figure. */
@Command(name = "geodesics", mixinStandardHelpOptions = true,
        description = "The geodesic on the parameter plane (normal half-plane or 3-outcome simplex) "
                + "with the distributions at A, B and γ(t).")
final class FigureGeodesicsCommand implements Callable<Integer> {

    @Mixin
    TwoPointOptions points;

    @Mixin
    FigureOutputOptions output;

    @Option(names = "--connection", paramLabel = "C[,C]", defaultValue = "fisher",
            description = "Connections whose geodesics are drawn beside the Fisher–Rao one: a comma list of "
                    + "fisher, e, m, alpha:A. Default: ${DEFAULT-VALUE}.")
    String connection;

    @Option(names = "--marker", paramLabel = "T", defaultValue = "0.5",
            description = "Position t in [0, 1] of the point γ(t) drawn on the path. Default: ${DEFAULT-VALUE}.")
    double marker;

    @Option(names = "--view", paramLabel = "NAME", defaultValue = "parameters",
            description = "parameters, half-plane or disk (normal: the Poincaré models), sphere (categorical k = 3: "
                    + "the sphere of radius 2). Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--overlay", paramLabel = "O[,O]", split = ",",
            description = "Draw under the curves (normal, gamma, beta; circle also categorical k = 3): curvature "
                    + "(scalar curvature map), circle (geodesic circle around A through B), ellipses (metric ellipses).")
    List<String> overlays = new ArrayList<>();

    @Option(names = "--window", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "View window of the parameter plane (for 1-parameter families YMIN,YMAX bound the "
                    + "parameter); default: fitted to the curves.")
    String window;

    @Override
    public Integer call() throws IOException {
        if (!(marker >= 0 && marker <= 1)) {
            throw new InvalidInputException("--marker must lie in [0, 1], got " + marker);
        }
        Geodesic geodesic = points.geodesic();
        if (!GeodesicFigure.canDraw(geodesic.family())) {
            throw new InvalidInputException("figure geodesics draws 1-parameter families, normal, gamma, beta,"
                    + " categorical and dirichlet with k = 3, and mvnormal:d=2; this is " + geodesic.family().name() + " with "
                    + geodesic.family().parameterNames().size() + " parameters");
        }
        List<Geodesic> others = new ArrayList<>();
        for (String label : connection.split(",")) {
            Connection c = Connection.parse(label);
            if (c.alpha() != 0) {
                others.add(points.geodesic(c));
            }
        }
        Optional<double[]> window = parseWindow();
        GeodesicScene plain = new GeodesicScene(geodesic, others, marker, window);
        GeodesicScene scene = plain;
        if (!overlays.isEmpty()) {
            for (String o : overlays) {
                if (!List.of("curvature", "circle", "ellipses").contains(o)) {
                    throw new InvalidInputException("--overlay takes curvature, circle and ellipses; got '" + o + "'");
                }
            }
            if (geodesic.family().dimension() != 2) {
                throw new InvalidInputException("--overlay needs a 2-dimensional family (normal, gamma, beta, categorical"
                        + " with k = 3); " + geodesic.family().name() + " has " + geodesic.family().dimension());
            }
            double[] w = window.orElseGet(() -> GeodesicFigure.fittedWindow(plain));
            scene = new GeodesicScene(geodesic, others, marker, Optional.of(w), PlaneOverlays.survey(geodesic.family(),
                    geodesic, w, overlays.contains("curvature"), overlays.contains("circle"),
                    overlays.contains("ellipses"), () -> false));
        }
        String command = "fisherscope figure geodesics " + points.asArguments()
                + ("fisher".equals(connection) ? "" : " --connection " + connection) + " --marker " + marker
                + ("parameters".equals(view) ? "" : " --view " + view)
                + (overlays.isEmpty() ? "" : " --overlay " + String.join(",", overlays))
                + (window == null ? "" : " --window " + window) + output.asArguments();
        GeodesicFigure figure = new GeodesicFigure(scene, output.figureTheme(), PlaneView.parse(view), command);
        FigureExporter.export(figure, output.out, output.exportOptions());
        System.out.println("wrote " + output.out.toAbsolutePath() + " (d = " + geodesic.length() + ", "
                + geodesic.method().label() + ", A = " + Formats.point(geodesic.from()) + ", B = "
                + Formats.point(geodesic.to()) + ")");
        return 0;
    }

    private Optional<double[]> parseWindow() {
        if (window == null) {
            return Optional.empty();
        }
        double[] w;
        try {
            w = Arrays.stream(window.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--window takes four numbers XMIN,XMAX,YMIN,YMAX; got '" + window + "'");
        }
        if (w.length != 4 || !(w[0] < w[1]) || !(w[2] < w[3]) || !Arrays.stream(w).allMatch(Double::isFinite)) {
            throw new InvalidInputException("--window takes XMIN,XMAX,YMIN,YMAX with XMIN < XMAX and YMIN < YMAX;"
                    + " got '" + window + "'");
        }
        return Optional.of(w);
    }
}
