package org.fisherscope.app;

import java.util.List;
import java.util.function.Function;
import org.fisherscope.app.diffusion.DiffusionWorkspace;
import org.fisherscope.app.geodesics.GeodesicsWorkspace;
import org.fisherscope.app.ising.IsingWorkspace;
import org.fisherscope.app.landuse.LandUseWorkspace;

/**
 * The one place where workspaces are registered, in navigation order. A workspace appears here when
 * it works end to end; there are no placeholder pages.
 */
public final class WorkspaceRegistry {

    private static final List<Function<WorkspaceContext, Workspace>> FACTORIES = List.of(
            GeodesicsWorkspace::new,
            DiffusionWorkspace::new,
            IsingWorkspace::new,
            LandUseWorkspace::new);

    private WorkspaceRegistry() {
    }

    /** A fresh instance of every registered workspace. */
    public static List<Workspace> create(WorkspaceContext context) {
        return FACTORIES.stream().map(f -> f.apply(context)).toList();
    }
}
