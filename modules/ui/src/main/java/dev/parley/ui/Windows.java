package dev.parley.ui;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import java.awt.Window;
import java.util.function.Consumer;

/**
 * Makes the app's windows. Each takes what is known only when it opens (the window it opens over, the connection,
 * the room this app hosts; {@code owner}, {@code prefill} and {@code own} may be null) and reports what the person chose to the callback it is given; the flow decides what
 * opens next and shows it. {@link SwingWindows} is the app's own; the launcher's injector provides it.
 */
public interface Windows {

    /** Host room, Join room, recent rooms. */
    Window start(StartChoices choices);

    /** Asks for the room's settings and starts it; reports the started room and a connection to it. */
    Window hostDialog(Window owner, HostStarted started);

    /**
     * Asks for an address and connects; reports the connection once made. With {@code connectNow} it connects to
     * {@code prefill} as soon as it is shown.
     */
    Window joinDialog(Window owner, RoomAddress prefill, boolean connectNow, Consumer<ParleyClient> connected);

    /** Logs in (or registers) over {@code client}; {@code own} is the room this app hosts, if it is that room. */
    Window login(ParleyClient client, OwnRoom own, LoginEnding ending);

    /** The room itself; {@code closed} runs once it has closed. */
    Window chat(ParleyClient client, OwnRoom own, Runnable closed);

    /**
     * Says that the room this app hosts is still running while no chat window is in it, with Open chat and Stop room.
     */
    Window runningRoom(OwnRoom own, RunningRoomChoices choices);

    /** What the host chose in the running-room window. */
    interface RunningRoomChoices {
        /** Connect to the room again and enter it; {@code failed} hears why, if that did not work. */
        void openChat(Consumer<String> failed);

        /** The room has stopped and the window closed. */
        void stopped();
    }

    /** What the person chose in the start window. */
    interface StartChoices {
        void host(Window from);

        /** @param connectNow connect at once rather than let the person edit the address first */
        void join(Window from, RoomAddress address, boolean connectNow);
    }

    /** A room the person started from the Host dialog, with a connection to it (in as the owner, or not yet). */
    @FunctionalInterface
    interface HostStarted {
        void started(OwnRoom room, OwnRoom.Connected connection);
    }

    /** How a login dialog ended. */
    interface LoginEnding {
        /** Logged in: the connection is the chat window's now. */
        void loggedIn(ParleyClient client, OwnRoom own);

        /** Closed without logging in (cancelled, refused or disconnected). */
        void closed();
    }
}
