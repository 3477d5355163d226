/**
 * Parley's Swing windows. They talk to a room through the client library; a room this app hosts is reached through
 * {@link dev.parley.ui.RoomHosting} and {@link dev.parley.ui.HostTools}, which the launcher implements.
 */
module dev.parley.ui {
    // Parley
    requires transitive dev.parley.client;

    // desktop
    requires transitive java.desktop;
    requires com.miglayout.swing;
    requires com.formdev.flatlaf;
    // ui-preferences.json
    requires dev.parley.files;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.parley.ui;
}
