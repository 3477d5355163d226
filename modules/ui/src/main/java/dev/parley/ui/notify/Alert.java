package dev.parley.ui.notify;

/**
 * One message worth telling about.
 *
 * @param room the room's name, for the notification's title
 * @param mention whether the message names the person
 * @param sound whether the person wants to hear it too
 */
public record Alert(String room, String from, String text, boolean mention, boolean sound) {

    /** "alice in Friday review". */
    public String title() {
        return from + (mention ? " mentioned you in " : " in ") + room;
    }
}
