package org.fisherscope.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process and captures stdout, stderr, exit status and GUI launches. */
final class CliTestSupport {

    /** The one lesson the test launcher knows. */
    static final String TEST_LESSON = "demo-lesson";

    record Run(int status, String out, String err, List<GuiRequest> launches) {
    }

    private CliTestSupport() {
    }

    static Run run(String... args) {
        List<GuiRequest> launches = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = CommandLineApp.build(new GuiLauncher() {
                @Override
                public void launch(GuiRequest request) {
                    launches.add(request);
                }

                @Override
                public List<String> lessons() {
                    return List.of(TEST_LESSON);
                }
            });
            PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
            PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
            cl.setOut(outWriter);
            cl.setErr(errWriter);
            int status = cl.execute(args);
            outWriter.flush();
            errWriter.flush();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), launches);
        } finally {
            System.setOut(oldOut);
        }
    }
}
