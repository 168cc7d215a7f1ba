package org.fisherscope.app;

import javafx.beans.property.ObjectProperty;
import org.fisherscope.figure.FigureTheme;

/** What the main window lends every workspace: background tasks and the figure theme. */
public record WorkspaceContext(TaskMonitor tasks, ObjectProperty<FigureTheme> theme) {
}
