package org.fisherscope.landuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic stack of yearly land-cover maps that imitates a coastal mega-development (the kind of
 * place arXiv 2603.13715 measures): sea in the north, a wavy coast with flooded vegetation, rice
 * paddies (Crops) with tree and rangeland patches inland, and built area growing in planned
 * rectangular blocks from a few seeds — fastest in 2019–2020 — partly on land reclaimed from the sea,
 * with bare ground prepared a year ahead, and a little bare ground churning with built: each year from
 * 2018 on, small patches covering {@link #CHURN_SHARE} of the built area are cleared to bare ground and
 * rebuilt the next year, so Built is not quite absorbing (self-retention just under 1). The churn draws
 * from its own random stream, so the rest of the landscape is what the seed alone makes. A few clouds
 * drift over some years. It is not real data:
 * it exists so that every number and view of the land-use workspace can be tried and checked.
 * Everything follows from the seed.
 */
public final class SyntheticLandscape {

    /** The sample grid: 1113 rows (latitude) × 1558 columns (longitude), ~10 m pixels over the PIK2 box. */
    public static final int ROWS = 1113;
    public static final int COLUMNS = 1558;
    public static final int FIRST_YEAR = 2017;
    public static final int YEARS = 8;
    /** New planned blocks per year from 2018 on: the 2019–2020 pulse imitates the paper's. */
    private static final int[] BLOCKS_PER_YEAR = {0, 5, 9, 90, 14, 9, 8, 7};
    /** Share of the built area cleared to bare ground each year (and rebuilt the next). */
    public static final double CHURN_SHARE = 0.004;
    /** Mixed into the seed for the churn's own random stream ("churn" in ASCII). */
    private static final long CHURN_SALT = 0x63_68_75_72_6EL;

    private SyntheticLandscape() {
    }

    /** The maps, one row-major int array of class codes per year, from {@code FIRST_YEAR}. */
    public static List<int[]> generate(long seed) {
        Random random = new Random(seed);
        Random churnRandom = new Random(seed ^ CHURN_SALT);
        List<Integer> churned = new ArrayList<>();
        int[] current = baseMap(random);
        List<int[]> years = new ArrayList<>();
        // Existing towns; the main development grows from the first, on the coast.
        List<int[]> blocks = new ArrayList<>(List.of(new int[] {380, 520, 60, 140}, new int[] {700, 1150, 40, 60},
                new int[] {900, 300, 30, 40}, new int[] {560, 1380, 35, 45}));
        for (int[] block : blocks) {
            fill(current, block, 7, true);
        }
        List<int[]> main = new ArrayList<>(List.of(blocks.get(0)));
        List<int[]> prepared = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            // Last year's bare ground is built this year; new blocks grow onto the edge of the development.
            for (int[] block : prepared) {
                fill(current, block, 7, true);
                blocks.add(block);
            }
            prepared.clear();
            // Last year's churned patches are built again.
            for (int i : churned) {
                if (current[i] == 8) {
                    current[i] = 7;
                }
            }
            churned.clear();
            for (int b = 0; b < BLOCKS_PER_YEAR[y]; b++) {
                // Most growth extends the main development; a little extends the other towns.
                int[] next = adjacent(random.nextDouble() < 0.85 ? main.get(random.nextInt(main.size()))
                        : blocks.get(random.nextInt(blocks.size())), random);
                if (touches(next, main)) {
                    main.add(next);
                }
                if (random.nextDouble() < 0.3) {
                    fill(current, next, 8, false);
                    prepared.add(next);
                } else {
                    fill(current, next, 7, true);
                    blocks.add(next);
                }
            }
            if (y > 0) {
                churn(current, blocks, churned, churnRandom);
            }
            int[] map = current.clone();
            if (y == 2 || y == 5) {
                clouds(map, random);
            }
            years.add(map);
        }
        return years;
    }

    /**
     * Clears small patches (6–12 pixels a side) inside built blocks to bare ground until
     * {@link #CHURN_SHARE} of the built area is cleared; the cleared cells go to {@code churned}.
     */
    private static void churn(int[] map, List<int[]> blocks, List<Integer> churned, Random random) {
        long built = 0;
        for (int code : map) {
            if (code == 7) {
                built++;
            }
        }
        long target = Math.round(CHURN_SHARE * built);
        while (churned.size() < target) {
            int[] block = blocks.get(random.nextInt(blocks.size()));
            int h = 6 + random.nextInt(7);
            int w = 6 + random.nextInt(7);
            int r0 = block[0] + random.nextInt(Math.max(1, block[2] - h));
            int c0 = block[1] + random.nextInt(Math.max(1, block[3] - w));
            for (int r = Math.max(0, r0); r < Math.min(ROWS, r0 + h); r++) {
                for (int c = Math.max(0, c0); c < Math.min(COLUMNS, c0 + w); c++) {
                    int i = r * COLUMNS + c;
                    if (map[i] == 7) {
                        map[i] = 8;
                        churned.add(i);
                    }
                }
            }
        }
    }

    private static boolean touches(int[] block, List<int[]> others) {
        for (int[] o : others) {
            boolean rows = block[0] <= o[0] + o[2] && o[0] <= block[0] + block[2];
            boolean columns = block[1] <= o[1] + o[3] && o[1] <= block[1] + block[3];
            if (rows && columns) {
                return true;
            }
        }
        return false;
    }

    /** A planned block touching one side of {@code block}: contiguous growth, as a development grows. */
    private static int[] adjacent(int[] block, Random random) {
        int h = 24 + random.nextInt(36);
        int w = 30 + random.nextInt(60);
        int side = random.nextInt(4);
        int r = block[0];
        int c = block[1];
        return switch (side) {
            case 0 -> new int[] {r - h, c + random.nextInt(Math.max(1, block[3])) - w / 2, h, w};
            case 1 -> new int[] {r + block[2], c + random.nextInt(Math.max(1, block[3])) - w / 2, h, w};
            case 2 -> new int[] {r + random.nextInt(Math.max(1, block[2])) - h / 2, c - w, h, w};
            default -> new int[] {r + random.nextInt(Math.max(1, block[2])) - h / 2, c + block[3], h, w};
        };
    }

    private static int[] baseMap(Random random) {
        int[] map = new int[ROWS * COLUMNS];
        double phase = random.nextDouble() * 6;
        for (int c = 0; c < COLUMNS; c++) {
            int coast = (int) (340 + 45 * Math.sin(c / 180.0 + phase) + 20 * Math.sin(c / 47.0));
            for (int r = 0; r < ROWS; r++) {
                int code;
                if (r < coast) {
                    code = 1;
                } else if (r < coast + 25 + 10 * Math.sin(c / 31.0)) {
                    code = 4;
                } else {
                    code = 5;
                }
                map[r * COLUMNS + c] = code;
            }
        }
        for (int p = 0; p < 70; p++) {
            int r = 420 + random.nextInt(ROWS - 440);
            int c = random.nextInt(COLUMNS);
            int size = 8 + random.nextInt(35);
            int code = random.nextDouble() < 0.6 ? 2 : 11;
            for (int dr = -size; dr <= size; dr++) {
                for (int dc = -size; dc <= size; dc++) {
                    if (dr * dr + dc * dc <= size * size) {
                        set(map, r + dr, c + dc, code, false);
                    }
                }
            }
        }
        return map;
    }

    /** Fills a block; reclaiming the sea only when {@code reclaim} (built land is made, not only cleared). */
    private static void fill(int[] map, int[] block, int code, boolean reclaim) {
        for (int r = block[0]; r < block[0] + block[2]; r++) {
            for (int c = block[1]; c < block[1] + block[3]; c++) {
                set(map, r, c, code, reclaim);
            }
        }
    }

    private static void set(int[] map, int r, int c, int code, boolean overWater) {
        if (r < 0 || c < 0 || r >= ROWS || c >= COLUMNS) {
            return;
        }
        int i = r * COLUMNS + c;
        if (map[i] == 7 && code != 7) {
            return;
        }
        if (map[i] == 1 && !overWater) {
            return;
        }
        map[i] = code;
    }

    private static void clouds(int[] map, Random random) {
        for (int k = 0; k < 5; k++) {
            int r = random.nextInt(ROWS);
            int c = random.nextInt(COLUMNS);
            int size = 15 + random.nextInt(40);
            for (int dr = -size; dr <= size; dr++) {
                for (int dc = -size; dc <= size; dc++) {
                    int rr = r + dr;
                    int cc = c + dc;
                    if (dr * dr + dc * dc <= size * size && rr >= 0 && cc >= 0 && rr < ROWS && cc < COLUMNS) {
                        map[rr * COLUMNS + cc] = 10;
                    }
                }
            }
        }
    }
}
