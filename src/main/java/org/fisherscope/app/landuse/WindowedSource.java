package org.fisherscope.app.landuse;

import java.awt.Rectangle;
import java.io.IOException;
import java.util.Optional;
import org.fisherscope.io.RasterSource;

/**
 * A pixel window of a raster whose reader cannot read a source region itself (ESRI ASCII grids are
 * text, read line by line): rows above the window are read and dropped, each row is cut to the window.
 */
final class WindowedSource implements RasterSource {

    private final RasterSource whole;
    private final Rectangle window;
    private final int[] buffer;
    private int nextWholeRow;

    WindowedSource(RasterSource whole, Rectangle window) {
        this.whole = whole;
        this.window = new Rectangle(window);
        this.buffer = new int[whole.width()];
    }

    @Override
    public int width() {
        return window.width;
    }

    @Override
    public int height() {
        return window.height;
    }

    @Override
    public void readRow(int row, int[] out) throws IOException {
        if (row < 0 || row >= window.height) {
            throw new IndexOutOfBoundsException("row " + row + " of " + window.height);
        }
        int target = window.y + row;
        // Rows come in increasing order; the whole raster is read forward up to the one wanted.
        while (nextWholeRow <= target) {
            whole.readRow(nextWholeRow++, buffer);
        }
        System.arraycopy(buffer, window.x, out, 0, window.width);
    }

    @Override
    public Optional<GeoTransform> geoTransform() {
        return whole.geoTransform().map(t -> new GeoTransform(t.originX() + window.x * t.pixelWidth(),
                t.originY() - window.y * t.pixelHeight(), t.pixelWidth(), t.pixelHeight()));
    }

    @Override
    public String name() {
        return whole.name();
    }

    @Override
    public void close() throws IOException {
        whole.close();
    }
}
