package org.fisherscope.app;

import java.util.List;
import org.fisherscope.app.geodesics.Lesson;
import org.fisherscope.cli.CommandLineApp;
import org.fisherscope.cli.GuiLauncher;
import org.fisherscope.cli.GuiRequest;

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
        int status = CommandLineApp.run(args, new GuiLauncher() {
            @Override
            public void launch(GuiRequest request) {
                GuiEntry.launch(request);
            }

            @Override
            public List<String> lessons() {
                List<String> ids = new java.util.ArrayList<>(Lesson.ALL.stream().map(Lesson::id).toList());
                ids.add(org.fisherscope.app.diffusion.DiffusionWorkspace.LESSON_ID);
                ids.add(org.fisherscope.app.landuse.LandUseWorkspace.LESSON_ID);
                ids.add(org.fisherscope.app.ising.IsingWorkspace.LESSON_ID);
                ids.add(org.fisherscope.app.ising.IsingWorkspace.EXACT_LESSON_ID);
                return ids;
            }
        });
        System.exit(status);
    }
}
