package org.fisherscope.ising;

/**
 * The forward 2-D transform X(k) = Σ_r x(r) e^{−ik·r} of an L × L array (index row·L + column), in place,
 * unnormalised. One instance per thread (it owns its work buffers).
 */
final class GridFourier {

    private final int side;
    private final double[] cos;
    private final double[] sin;
    private final double[] bufRe;
    private final double[] bufIm;

    GridFourier(int side) {
        this.side = side;
        cos = new double[side];
        sin = new double[side];
        for (int j = 0; j < side; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / side);
            sin[j] = Math.sin(2 * Math.PI * j / side);
        }
        bufRe = new double[side];
        bufIm = new double[side];
    }

    void forward(double[] re, double[] im) {
        line(re, im, 1, side);     // along columns within each row
        line(re, im, side, 1);     // along rows
    }

    private void line(double[] re, double[] im, int stride, int step) {
        for (int start = 0, count = 0; count < side; count++, start += step) {
            for (int k = 0; k < side; k++) {
                double sr = 0;
                double si = 0;
                for (int r = 0, phase = 0; r < side; r++, phase = (phase + k) % side) {
                    double xr = re[start + r * stride];
                    double xi = im[start + r * stride];
                    sr += xr * cos[phase] + xi * sin[phase];
                    si += xi * cos[phase] - xr * sin[phase];
                }
                bufRe[k] = sr;
                bufIm[k] = si;
            }
            for (int k = 0; k < side; k++) {
                re[start + k * stride] = bufRe[k];
                im[start + k * stride] = bufIm[k];
            }
        }
    }
}
