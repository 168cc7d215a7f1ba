package org.fisherscope.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs long work off the FX thread and shows the task in the status bar: its message, its progress
 * and a cancel button. One task is shown at a time; starting another replaces it in the bar.
 */
public final class TaskMonitor {

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fisherscope-task");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** Starts the task in the background and shows it in the status bar. */
    public <T> void run(Task<T> task) {
        current.set(task);
        executor.execute(task);
    }

    /** The task the status bar shows. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Cancels the task shown, if it is still running. */
    public void cancel() {
        Task<?> task = current.get();
        if (task != null && task.getState() != Worker.State.SUCCEEDED) {
            task.cancel();
        }
    }

    /** The executor for services that a workspace runs itself. */
    public ExecutorService executor() {
        return executor;
    }
}
