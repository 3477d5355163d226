/** A headless Parley client: connect, register or log in, chat, and hear the room's events. No Swing here. */
module dev.parley.client {
    // Parley
    requires transitive dev.parley.protocol;
    requires dev.parley.files;
    // known-rooms.json
    requires com.fasterxml.jackson.databind;
    // Logging
    requires org.slf4j;

    exports dev.parley.client;
}
