package org.fisherscope.ising;

/** In-place inverse of a small complex matrix (the 4×4 sector symbols), by Gauss–Jordan with partial pivoting. */
final class ComplexMatrix4 {

    private ComplexMatrix4() {
    }

    /** Replaces (re, im) by its inverse; throws if the matrix is singular. */
    static void invert(double[][] re, double[][] im) {
        int n = re.length;
        double[][] ar = new double[n][2 * n];
        double[][] ai = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(re[i], 0, ar[i], 0, n);
            System.arraycopy(im[i], 0, ai[i], 0, n);
            ar[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            double best = -1;
            for (int r = col; r < n; r++) {
                double size = Math.hypot(ar[r][col], ai[r][col]);
                if (size > best) {
                    best = size;
                    pivot = r;
                }
            }
            if (!(best > 0)) {
                throw new ArithmeticException("singular matrix");
            }
            double[] tr = ar[col];
            ar[col] = ar[pivot];
            ar[pivot] = tr;
            double[] ti = ai[col];
            ai[col] = ai[pivot];
            ai[pivot] = ti;
            // 1 / pivot
            double pr = ar[col][col];
            double pi = ai[col][col];
            double norm = pr * pr + pi * pi;
            double qr = pr / norm;
            double qi = -pi / norm;
            for (int j = 0; j < 2 * n; j++) {
                double xr = ar[col][j];
                double xi = ai[col][j];
                ar[col][j] = xr * qr - xi * qi;
                ai[col][j] = xr * qi + xi * qr;
            }
            for (int r = 0; r < n; r++) {
                if (r == col) {
                    continue;
                }
                double fr = ar[r][col];
                double fi = ai[r][col];
                if (fr == 0 && fi == 0) {
                    continue;
                }
                for (int j = 0; j < 2 * n; j++) {
                    double xr = ar[col][j];
                    double xi = ai[col][j];
                    ar[r][j] -= fr * xr - fi * xi;
                    ai[r][j] -= fr * xi + fi * xr;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(ar[i], n, re[i], 0, n);
            System.arraycopy(ai[i], n, im[i], 0, n);
        }
    }
}
