package org.fisherscope.ising;

import org.fisherscope.fourier.CyclicFft;
import org.fisherscope.fourier.GridFft;

/**
 * The forward 2-D transform X(k) = Σ_r x(r) e^{−ik·r} of an L × L array (index row·L + column), in place,
 * unnormalised, by {@link GridFft} (any L). One instance per thread: it owns the work buffers.
 */
final class GridFourier {

    private final GridFft fft;
    private final CyclicFft.Scratch scratch;

    GridFourier(int side) {
        fft = GridFft.of(side);
        scratch = fft.newScratch();
    }

    void forward(double[] re, double[] im) {
        fft.forward(re, im, 0, scratch);
    }

    /** The same on the L × L block starting at {@code offset}. */
    void forward(double[] re, double[] im, int offset) {
        fft.forward(re, im, offset, scratch);
    }
}
