package org.fisherscope.landuse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The whole land-use analysis of a stack of yearly class rasters: simplex shares and their Fisher–Rao
 * trajectory, the same on the Markov classes, the pooled absorbing chain into Built, and per year
 * percolation of Built with the box-counting dimension of its largest cluster's boundary.
 *
 * <p>Rasters are streamed row by row, two years at a time (the transition counts need both); only the
 * Built mask of the year at hand is held whole, one byte per cell, for the cluster labelling.
 */
public final class LandUseAnalysis {

    private LandUseAnalysis() {
    }

    /** Opens the raster of one year (a new source each call: files are read more than once). */
    @FunctionalInterface
    public interface YearRaster {
        org.fisherscope.io.RasterSource open() throws IOException;
    }

    /** One year's counts and Built structure, and a small copy of its map for drawing. */
    public record YearResult(int year, long[] classCounts, long noDataCells, Percolation.Result percolation,
                             BoxCounting.Result boundary, Preview preview) {
    }

    /** Every {@code stride}-th cell of a map in both directions: at most {@link #PREVIEW_SIDE} a side. */
    public record Preview(int rows, int columns, int stride, int[] codes) {
    }

    /** Largest side of a map preview: enough for a screen, small beside a 10980 × 10980 tile. */
    public static final int PREVIEW_SIDE = 800;

    /** Everything the command line and the GUI report. */
    public record Result(Legend legend, int[] years, List<YearResult> perYear, Trajectory.Result simplex,
                         Trajectory.Result markovClasses, LandUseChain.Result chain, List<Retention> retention,
                         List<String> warnings) {
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
        List<Retention> retention = new ArrayList<>();
        int rows = -1;
        int columns = -1;
        String firstName = null;
        int[] previousRow = null;
        for (int y = 0; y < years.length; y++) {
            try (org.fisherscope.io.RasterSource current = rasters.get(y).open();
                 org.fisherscope.io.RasterSource previous = y > 0 ? rasters.get(y - 1).open() : null) {
                if (rows < 0) {
                    rows = current.height();
                    columns = current.width();
                    firstName = current.name();
                } else if (current.height() != rows || current.width() != columns) {
                    throw new InvalidInputException("the rasters do not share one grid: " + firstName + " is " + columns
                            + " × " + rows + " pixels but " + current.name() + " is " + current.width() + " × "
                            + current.height());
                }
                int stride = Math.max(1, (Math.max(rows, columns) + PREVIEW_SIDE - 1) / PREVIEW_SIDE);
                int previewRows = (rows + stride - 1) / stride;
                int previewColumns = (columns + stride - 1) / stride;
                int[] preview = new int[previewRows * previewColumns];
                long[] counts = new long[org.fisherscope.landuse.Legend.MAX_CODE + 1];
                long noData = 0;
                boolean[] built = new boolean[Math.multiplyExact(rows, columns)];
                int[] row = new int[columns];
                previousRow = y > 0 ? new int[columns] : null;
                TransitionCounts period = new TransitionCounts(legend);
                for (int r = 0; r < rows; r++) {
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("land-use analysis cancelled");
                    }
                    current.readRow(r, row);
                    for (int c = 0; c < columns; c++) {
                        int code = row[c];
                        if (code < 0 || code > Legend.MAX_CODE || legend.name(code) == null) {
                            noData++;
                        } else {
                            counts[code]++;
                        }
                        built[r * columns + c] = code == legend.absorbing();
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
                    retention.add(retention(years[y - 1], years[y], period, legend));
                }
                if (noData > 0) {
                    warnings.add(current.name() + ": " + noData + " cells hold codes outside the legend (no-data)");
                }
                Percolation.Result percolation = Percolation.of(built, rows, columns, cancelled);
                BoxCounting.Result boundary = percolation.largestSize() > 0 && Math.max(rows, columns) >= 8
                        ? BoxCounting.of(percolation.largest(), rows, columns) : null;
                perYear.add(new YearResult(years[y], counts, noData, percolation, boundary,
                        new Preview(previewRows, previewColumns, stride, preview)));
            }
        }
        double[][] shares = new double[years.length][];
        double[][] markov = new double[years.length][];
        for (int y = 0; y < years.length; y++) {
            shares[y] = legend.shares(perYear.get(y).classCounts());
            markov[y] = legend.markovDistribution(perYear.get(y).classCounts());
        }
        return new Result(legend, years.clone(), perYear, Trajectory.of(years, shares), Trajectory.of(years, markov),
                LandUseChain.analyse(pooled), retention, warnings);
    }

    private static Retention retention(int from, int to, TransitionCounts period, Legend legend) {
        int built = legend.markovClasses().indexOf(legend.absorbing());
        long[] row = period.counts()[built];
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
        return new Retention(from, to, n, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
