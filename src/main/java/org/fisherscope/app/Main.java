package org.fisherscope.app;

import org.fisherscope.cli.CommandLineApp;

/**
 * The program's entry point. It does not extend {@code Application}, so a fat jar on the class
 * path can start it; JavaFX is loaded only when the GUI is asked for, and subcommands never touch it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !"gui".equals(args[0])) {
            // Subcommands draw figures into images and files only: never look for a display.
            System.setProperty("java.awt.headless", "true");
        }
        int status = CommandLineApp.run(args, GuiEntry::launch);
        System.exit(status);
    }
}
