package org.fisherscope.app;

import java.nio.file.Path;

/** Writes a workspace's current data to a CSV file (through a temporary file moved into place). */
@FunctionalInterface
public interface DataExport {
    void writeCsv(Path target) throws java.io.IOException;
}
