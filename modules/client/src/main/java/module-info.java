/** A headless Parley client: connect, register or log in, chat, and hear the room's events. No Swing here. */
// "module": the UI module that ReplaceFile is exported to is built after this one
@SuppressWarnings("module")
module dev.parley.client {
    // Parley
    requires transitive dev.parley.protocol;
    // known-rooms.json
    requires com.fasterxml.jackson.databind;
    // Logging
    requires org.slf4j;

    exports dev.parley.client;
    // ReplaceFile, for the desktop UI's preferences file: one crash-safe writer, not two
    exports dev.parley.client.internal to
            dev.parley.ui;
}
