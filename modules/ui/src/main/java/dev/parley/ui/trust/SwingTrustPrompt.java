package dev.parley.ui.trust;

import dev.parley.client.TrustPrompt;
import dev.parley.protocol.tls.Fingerprint;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.swing.SwingUtilities;

/**
 * Asks the person in a dialog over {@code owner}. The client calls it while connecting, off the event thread; it
 * waits there for the answer. Anything but a clear yes is a no.
 */
public final class SwingTrustPrompt implements TrustPrompt {

    private final Window owner;

    public SwingTrustPrompt(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean trustNew(String room, Fingerprint presented) {
        return onEventThread(() -> new FirstUseDialog(owner, room, presented).ask());
    }

    @Override
    public boolean trustChanged(String room, Fingerprint known, Fingerprint presented) {
        return onEventThread(() -> new ChangedFingerprintDialog(owner, room, known, presented).ask());
    }

    private static boolean onEventThread(BooleanSupplier ask) {
        if (SwingUtilities.isEventDispatchThread()) {
            return ask.getAsBoolean();
        }
        var answer = new AtomicBoolean();
        try {
            SwingUtilities.invokeAndWait(() -> answer.set(ask.getAsBoolean()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (InvocationTargetException e) {
            return false;
        }
        return answer.get();
    }
}
