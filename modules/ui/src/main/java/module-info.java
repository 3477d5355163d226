/** Parley's Swing windows. They talk to a room through the client library and host one through the server's API. */
module dev.parley.ui {
    // Parley
    requires transitive dev.parley.client;
    requires transitive dev.parley.server;

    // desktop
    requires transitive java.desktop;
    requires transitive java.prefs;
    requires com.miglayout.swing;
    requires com.formdev.flatlaf;

    exports dev.parley.ui;
}
