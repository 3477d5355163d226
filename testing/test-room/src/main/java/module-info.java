/** A real room on loopback for the tests of the modules above the server: client, ui and the app launcher. */
module dev.parley.testroom {
    // Parley
    requires transitive dev.parley.server;
    requires transitive dev.parley.testsupport;

    exports dev.parley.testroom;
}
