package org.fisherscope.figure;

import java.awt.Color;
import java.awt.Font;

/**
 * Colours and fonts of every figure. The screen and the exporters use the same theme, so an export is
 * exactly what the user sees; light suits papers, dark suits the dark app style.
 */
public enum FigureTheme {
    LIGHT(Color.WHITE, new Color(0x1b1f24), new Color(0x6b7280), new Color(0xe5e7eb),
            new Color(0x1f5fbf), new Color(0xd9730d), new Color(0x2e8540), new Color(0xc0392b)),
    DARK(new Color(0x1e2228), new Color(0xe6e8eb), new Color(0x9aa3ad), new Color(0x343a42),
            new Color(0x6aa7ff), new Color(0xffa94d), new Color(0x69db7c), new Color(0xff6b6b));

    private final Color background;
    private final Color foreground;
    private final Color muted;
    private final Color grid;
    private final Color path;
    private final Color start;
    private final Color end;
    private final Color marker;

    FigureTheme(Color background, Color foreground, Color muted, Color grid, Color path, Color start, Color end,
                Color marker) {
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
        this.grid = grid;
        this.path = path;
        this.start = start;
        this.end = end;
        this.marker = marker;
    }

    public Color background() {
        return background;
    }

    public Color foreground() {
        return foreground;
    }

    /** Secondary text and guide lines. */
    public Color muted() {
        return muted;
    }

    public Color grid() {
        return grid;
    }

    /** The geodesic. */
    public Color path() {
        return path;
    }

    /** The start point A. */
    public Color start() {
        return start;
    }

    /** The end point B. */
    public Color end() {
        return end;
    }

    /** The point that the slider moves along the path. */
    public Color marker() {
        return marker;
    }

    /**
     * Colour of a connection's geodesic: the Fisher–Rao geodesic in the path colour, e purple, m teal,
     * any other α brown, all distinct from the end points' orange and green.
     */
    public Color connection(String label) {
        boolean dark = this == DARK;
        return switch (label) {
            case "fisher" -> path;
            case "e" -> dark ? new Color(0xc39bf0) : new Color(0x7b3fb0);
            case "m" -> dark ? new Color(0x5fd3d5) : new Color(0x0f8b8d);
            default -> dark ? new Color(0xd9a77a) : new Color(0xa0522d);
        };
    }

    /** Titles. */
    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 15);
    }

    /** Labels, ticks and captions. */
    public Font labelFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** Small print such as conventions. */
    public Font smallFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    }
}
