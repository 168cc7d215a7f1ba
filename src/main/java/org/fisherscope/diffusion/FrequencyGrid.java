package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * The integer frequencies of an orthonormal FFT grid of side N, in one or two dimensions, laid out as
 * numpy's {@code fftfreq(N) * N}: 0, 1, …, ⌈N/2⌉−1, −⌊N/2⌋, …, −1. In two dimensions the grid holds all N²
 * pairs (fx, fy), each counted once.
 */
public final class FrequencyGrid {

    /** Largest side accepted: a 4096 × 4096 grid already holds 16 M frequencies. */
    public static final int MAX_SIZE = 4096;

    private final int size;
    private final int dimensions;

    private FrequencyGrid(int size, int dimensions) {
        if (dimensions != 1 && dimensions != 2) {
            throw new InvalidInputException("dims must be 1 or 2, got " + dimensions);
        }
        if (size < 2 || size > MAX_SIZE) {
            throw new InvalidInputException("size must be an integer from 2 to " + MAX_SIZE + ", got " + size);
        }
        this.size = size;
        this.dimensions = dimensions;
    }

    public static FrequencyGrid of(int size, int dimensions) {
        return new FrequencyGrid(size, dimensions);
    }

    public int size() {
        return size;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Number of frequencies: N or N². */
    public int count() {
        return dimensions == 1 ? size : size * size;
    }

    /** The signed integer frequency of FFT index k along one axis. */
    public int frequency(int k) {
        return k < (size + 1) / 2 ? k : k - size;
    }

    /** |f| of flat index i (row-major (fy, fx) in two dimensions). */
    public double radius(int i) {
        if (dimensions == 1) {
            return Math.abs(frequency(i));
        }
        double fy = frequency(i / size);
        double fx = frequency(i % size);
        return Math.sqrt(fx * fx + fy * fy);
    }

    /** Largest |f| on the grid (the corner in two dimensions). */
    public double maxRadius() {
        double half = size / 2;
        return dimensions == 1 ? half : Math.sqrt(2) * half;
    }

    @Override
    public String toString() {
        return dimensions == 1 ? "1-D grid of " + size + " frequencies" : size + " × " + size + " frequency grid";
    }
}
