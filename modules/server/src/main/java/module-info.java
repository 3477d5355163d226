/** The room engine: one room, its sessions, broadcast, policies and an admin API. Knows nothing of Swing. */
module dev.parley.server {
    // Parley
    requires transitive dev.parley.protocol;
    requires transitive dev.parley.accounts;
    requires dev.parley.files;

    // logging
    requires org.slf4j;
    // the file limit, which caps the open connections
    requires jdk.management;

    exports dev.parley.server;
    exports dev.parley.server.console;
    exports dev.parley.server.tls;
}
