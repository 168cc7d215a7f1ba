package org.fisherscope.io;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year a raster shows, from the first 4-digit 19xx or 20xx run in its file name. */
public final class YearFromName {

    /** Four digits starting 19 or 20, not part of a longer run of digits. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private YearFromName() {
    }

    public static OptionalInt of(String fileName) {
        Matcher m = YEAR.matcher(fileName);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }
}
