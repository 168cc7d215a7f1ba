package org.fisherscope.landuse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The whole land-use analysis of a stack of yearly class rasters: simplex shares and their Fisher–Rao
 * trajectory, the same on the Markov classes, the pooled absorbing chain into Built, and per year
 * percolation of Built with the box-counting dimension of its largest cluster's boundary.
 *
 * <p>Rasters are streamed row by row, two years at a time (the transition counts need both). Of the year
 * at hand one bit mask is held whole, one bit per cell (15 MB for a 10980 × 10980 tile): Built, turned
 * in place into its largest cluster and then into that cluster's boundary; besides it the cluster
 * labels' union–find, one int per provisional label, not per cell, and the box flags. Areas in hectares come with the per-year counts when the
 * rasters declare their pixel size and its unit ({@link PixelArea}).
 */
public final class LandUseAnalysis {

    private LandUseAnalysis() {
    }

    /** Opens the raster of one year (a new source each call: files are read more than once). */
    @FunctionalInterface
    public interface YearRaster {
        org.fisherscope.io.RasterSource open() throws IOException;
    }

    /**
     * One year's counts and Built structure, and a small copy of its map for drawing. {@code boundary} is
     * null when box counting is not available, and {@code boundaryReason} then says why;
     * {@code classHectares} (indexed by code, like {@code classCounts}) is null when the pixel size is
     * unknown.
     */
    public record YearResult(int year, long[] classCounts, long noDataCells, Percolation.Result percolation,
                             BoxCounting.Result boundary, Preview preview, String boundaryReason,
                             double[] classHectares) {
    }

    /** Every {@code stride}-th cell of a map in both directions: at most {@link #PREVIEW_SIDE} a side. */
    public record Preview(int rows, int columns, int stride, int[] codes) {
    }

    /** Largest side of a map preview: enough for a screen, small beside a 10980 × 10980 tile. */
    public static final int PREVIEW_SIDE = 800;

    /**
     * Everything the command line and the GUI report. {@code periods} holds each period's transition
     * counts (their sum is the pooled matrix the chain uses); {@code pixelArea} is null when the pixel
     * size is unknown, and {@code areaNote} says how areas were computed or why there are none.
     */
    public record Result(Legend legend, int[] years, List<YearResult> perYear, Trajectory.Result simplex,
                         Trajectory.Result markovClasses, LandUseChain.Result chain, List<Retention> retention,
                         List<String> warnings, List<PeriodCounts> periods, PixelArea pixelArea, String areaNote) {
    }

    /** The transition counts of one period, rows and columns in the legend's Markov-class order. */
    public record PeriodCounts(int from, int to, long[][] counts) {
    }

    /**
     * Built self-retention in one period, the share of Built pixels still Built a year later, with its
     * 95 % Wilson score interval (n = Built pixels seen in both years).
     */
    public record Retention(int from, int to, long n, double retention, double lower, double upper) {
    }

    /** z of the two-sided 95 % normal quantile. */
    private static final double Z95 = 1.959963984540054;

    /** Runs the analysis; years must increase and every raster must share one grid. */
    public static Result run(int[] years, List<YearRaster> rasters, Legend legend, BooleanSupplier cancelled)
            throws IOException {
        if (years.length != rasters.size()) {
            throw new InvalidInputException(years.length + " years for " + rasters.size() + " rasters");
        }
        if (years.length < 2) {
            throw new InvalidInputException("land-use analysis needs at least two years of maps, got " + years.length);
        }
        List<YearResult> perYear = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        TransitionCounts pooled = new TransitionCounts(legend);
        List<PeriodCounts> periods = new ArrayList<>();
        List<Retention> retention = new ArrayList<>();
        int rows = -1;
        int columns = -1;
        String firstName = null;
        PixelArea area = null;
        String areaNote = null;
        int[] previousRow = null;
        for (int y = 0; y < years.length; y++) {
            try (org.fisherscope.io.RasterSource current = rasters.get(y).open();
                 org.fisherscope.io.RasterSource previous = y > 0 ? rasters.get(y - 1).open() : null) {
                if (rows < 0) {
                    rows = current.height();
                    columns = current.width();
                    firstName = current.name();
                    Percolation.checkShape(rows, columns, -1);
                    area = PixelArea.of(current.geoTransform(), current.mapUnits(), rows).orElse(null);
                    areaNote = area != null ? area.method()
                            : PixelArea.unknownReason(current.geoTransform(), current.mapUnits());
                } else if (current.height() != rows || current.width() != columns) {
                    throw new InvalidInputException("the rasters do not share one grid: " + firstName + " is " + columns
                            + " × " + rows + " pixels but " + current.name() + " is " + current.width() + " × "
                            + current.height());
                }
                int stride = Math.max(1, (Math.max(rows, columns) + PREVIEW_SIDE - 1) / PREVIEW_SIDE);
                int previewRows = (rows + stride - 1) / stride;
                int previewColumns = (columns + stride - 1) / stride;
                int[] preview = new int[previewRows * previewColumns];
                long[] counts = new long[Legend.MAX_CODE + 1];
                double[] hectares = area == null ? null : new double[Legend.MAX_CODE + 1];
                // Per-row counts of the codes seen in the row, to add each row's area once per code.
                long[] rowCounts = area == null ? null : new long[Legend.MAX_CODE + 1];
                int[] touched = area == null ? null : new int[columns];
                long noData = 0;
                // One bit a cell: 15 MB for a 10980 × 10980 tile.
                BitSet built = new BitSet(Math.multiplyExact(rows, columns));
                int absorbing = legend.absorbing();
                int[] row = new int[columns];
                previousRow = y > 0 ? new int[columns] : null;
                TransitionCounts period = new TransitionCounts(legend);
                for (int r = 0; r < rows; r++) {
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("land-use analysis cancelled");
                    }
                    current.readRow(r, row);
                    int base = r * columns;
                    int seen = 0;
                    for (int c = 0; c < columns; c++) {
                        int code = row[c];
                        if (code < 0 || code > Legend.MAX_CODE || legend.name(code) == null) {
                            noData++;
                            continue;
                        }
                        counts[code]++;
                        if (code == absorbing) {
                            built.set(base + c);
                        }
                        if (rowCounts != null && rowCounts[code]++ == 0) {
                            touched[seen++] = code;
                        }
                    }
                    if (rowCounts != null) {
                        double pixel = area.hectares(r);
                        for (int k = 0; k < seen; k++) {
                            hectares[touched[k]] += rowCounts[touched[k]] * pixel;
                            rowCounts[touched[k]] = 0;
                        }
                    }
                    if (r % stride == 0) {
                        for (int c = 0; c < columns; c += stride) {
                            preview[(r / stride) * previewColumns + c / stride] = row[c];
                        }
                    }
                    if (previous != null) {
                        previous.readRow(r, previousRow);
                        period.add(previousRow, row);
                    }
                }
                pooled.add(period);
                if (previous != null) {
                    periods.add(new PeriodCounts(years[y - 1], years[y], period.counts()));
                    retention.add(retention(years[y - 1], years[y], period.counts(), legend));
                }
                if (noData > 0) {
                    warnings.add(current.name() + ": " + noData + " cells hold codes outside the legend (no-data)");
                }
                Percolation.Clusters clusters = Percolation.label(built, rows, columns, cancelled);
                BoxCounting.Result boundary = null;
                String boundaryReason = null;
                if (clusters.result().largestSize() == 0) {
                    boundaryReason = "no Built cluster in this year";
                } else if (!BoxCounting.available(rows, columns)) {
                    boundaryReason = BoxCounting.unavailableReason(rows, columns);
                } else {
                    // The Built mask becomes the largest cluster, then its boundary: one mask for the year.
                    boundary = BoxCounting.ofInPlace(clusters.retainLargest(cancelled), rows, columns, cancelled);
                }
                perYear.add(new YearResult(years[y], counts, noData, clusters.result(), boundary,
                        new Preview(previewRows, previewColumns, stride, preview), boundaryReason, hectares));
            }
        }
        double[][] shares = new double[years.length][];
        double[][] markov = new double[years.length][];
        for (int y = 0; y < years.length; y++) {
            shares[y] = legend.shares(perYear.get(y).classCounts());
            markov[y] = legend.markovDistribution(perYear.get(y).classCounts());
        }
        return new Result(legend, years.clone(), perYear, Trajectory.of(years, shares), Trajectory.of(years, markov),
                LandUseChain.analyse(pooled), retention, warnings, List.copyOf(periods), area, areaNote);
    }

    /** Built self-retention of one period from its counts (Markov-class order), with the Wilson 95 % band. */
    static Retention retention(int from, int to, long[][] counts, Legend legend) {
        int built = legend.markovClasses().indexOf(legend.absorbing());
        long[] row = counts[built];
        long n = 0;
        for (long c : row) {
            n += c;
        }
        if (n == 0) {
            return new Retention(from, to, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = (double) row[built] / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // The Wilson interval always contains p̂; at p̂ = 0 or 1 rounding can put an end a hair inside it.
        return new Retention(from, to, n, p, Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
    }
}
