package dev.parley.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/** Runs slow work (starting a room, connecting, logging in) off the event thread and reports back on it. */
public final class Background {

    private Background() {}

    public static <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Thread.ofVirtual().name("parley-ui-work").start(() -> {
            try {
                T result = work.call();
                SwingUtilities.invokeLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                SwingUtilities.invokeLater(() -> onError.accept(e));
            }
        });
    }

    /** Reports the outcome of {@code work}, a request already under way, on the event thread. */
    // The stage whenComplete returns could only fail if handing over to the event thread did; the outcome itself,
    // failure included, goes to onDone or onError.
    @SuppressWarnings("FutureReturnValueIgnored")
    public static <T> void whenDone(CompletableFuture<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        work.whenComplete((result, e) -> SwingUtilities.invokeLater(() -> {
            if (e != null) {
                onError.accept(e);
            } else {
                onDone.accept(result);
            }
        }));
    }

    /** The message to show for a failure, looking through wrappers such as ExecutionException. */
    public static String messageOf(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException
                        || t instanceof java.util.concurrent.CompletionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.util.concurrent.TimeoutException) {
            return "The room did not answer in time.";
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
