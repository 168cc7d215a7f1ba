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
        description = "The geodesic in the family's picture (parameter plane, Poincaré models, simplex or sphere, "
                + "bars over t, data planes) with the distributions at A, B and γ(t).")
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
            description = "parameters (the family's own picture), half-plane or disk (normal: the Poincaré models), "
                    + "sphere (categorical k = 3: the sphere of radius 2), x1-x2, x1-x3, x2-x3 (mvnormal:d=3: the data "
                    + "plane of two coordinates). Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--overlay", paramLabel = "O[,O]", split = ",",
            description = "Draw under the curves of a 2-D view (normal in all its views, gamma, beta, mvnormal:d=1, "
                    + "categorical k = 3 on the triangle or the sphere, dirichlet k = 3 on its slice but no circle): curvature "
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
        GeodesicFigure.whyNotDrawn(points.resolveFamily()).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        PlaneView shown = PlaneView.resolve(points.resolveFamily(), PlaneView.parse(view));
        for (String o : overlays) {
            PlaneOverlays.Kind kind = kind(o);
            PlaneOverlays.unavailable(points.resolveFamily(), shown, kind).ifPresent(reason -> {
                throw new InvalidInputException("--overlay " + o + " cannot be drawn on the " + shown.id() + " view of "
                        + points.resolveFamily().name() + ": " + reason);
            });
        }
        Geodesic geodesic = points.geodesic();
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
            double[] w = window.orElseGet(() -> GeodesicFigure.fittedWindow(plain, shown));
            scene = new GeodesicScene(geodesic, others, marker, Optional.of(w), PlaneOverlays.survey(geodesic.family(),
                    geodesic, shown, w, overlays.contains("curvature"), overlays.contains("circle"),
                    overlays.contains("ellipses"), () -> false));
        }
        String command = "fisherscope figure geodesics " + points.asArguments()
                + ("fisher".equals(connection) ? "" : " --connection " + connection) + " --marker " + marker
                + ("parameters".equals(view) ? "" : " --view " + view)
                + (overlays.isEmpty() ? "" : " --overlay " + String.join(",", overlays))
                + (window == null ? "" : " --window " + window) + output.asArguments();
        GeodesicFigure figure = new GeodesicFigure(scene, output.figureTheme(), shown, command);
        FigureExporter.export(figure, output.out, output.exportOptions());
        System.out.println("wrote " + output.out.toAbsolutePath() + " (d = " + geodesic.length() + ", "
                + geodesic.method().label() + ", A = " + Formats.point(geodesic.from()) + ", B = "
                + Formats.point(geodesic.to()) + ")");
        return 0;
    }

    private static PlaneOverlays.Kind kind(String name) {
        for (PlaneOverlays.Kind k : PlaneOverlays.Kind.values()) {
            if (k.id().equals(name)) {
                return k;
            }
        }
        throw new InvalidInputException("--overlay takes curvature, circle and ellipses; got '" + name + "'");
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
