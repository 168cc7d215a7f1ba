package org.fisherscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine;

/**
 * Runs the command line and maps every outcome to the contract in DESIGN.md: exit 0 on success,
 * 2 with one {@code error:} line on stderr for bad input, 1 with {@code error: internal error} and
 * the path of a log file holding the stack trace for a bug.
 */
public final class CommandLineApp {

    public static final int OK = 0;
    public static final int BUG = 1;
    public static final int BAD_INPUT = 2;

    private CommandLineApp() {
    }

    /** Runs the arguments; {@code launcher} opens the GUI when asked. Returns the exit status. */
    public static int run(String[] args, GuiLauncher launcher) {
        CommandLine commandLine = build(launcher);
        return commandLine.execute(args);
    }

    static CommandLine build(GuiLauncher launcher) {
        CommandLine commandLine = new CommandLine(new FisherscopeCommand(launcher));
        commandLine.addSubcommand(new CommandLine(new DistanceCommand()));
        commandLine.addSubcommand(new CommandLine(new GeodesicCommand()));
        commandLine.addSubcommand(new CommandLine(new CurvatureCommand()));
        commandLine.addSubcommand(new CommandLine(new MarkovCommand()));
        commandLine.addSubcommand(new CommandLine(new ScheduleCommand()));
        commandLine.addSubcommand(new CommandLine(new IsingCommand()));
        commandLine.addSubcommand(new CommandLine(new LandUseCommand()));
        commandLine.addSubcommand(new CommandLine(new FigureCommand()));
        commandLine.addSubcommand(new CommandLine(new GuiCommand(launcher)));
        commandLine.setParameterExceptionHandler((e, args) -> {
            String hint = " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
            e.getCommandLine().getErr().println("error: " + oneLine(e.getMessage()) + hint);
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof InvalidInputException) {
                cl.getErr().println("error: " + oneLine(e.getMessage()));
                return BAD_INPUT;
            }
            cl.getErr().println("error: internal error; the details are in " + writeLog(e));
            return BUG;
        });
        return commandLine;
    }

    private static String oneLine(String message) {
        return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", "; ").trim();
    }

    /** Writes the stack trace to a log file and returns its path (or a note why it could not). */
    static String writeLog(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            Path log = Files.createTempFile("fisherscope-error-" + stamp + "-", ".log");
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return log.toString();
        } catch (IOException io) {
            return "(no log: " + io.getMessage() + ")";
        }
    }
}
