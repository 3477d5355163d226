/** Parley's entry point: command line, configuration files and the Guice wiring of the other modules. */
module dev.parley.app {
    // Parley
    requires dev.parley.server;
    requires dev.parley.ui;

    // wiring, command line, configuration
    requires com.google.guice;
    // Guice 7's own jar is an automatic module that names none of what it needs, so nothing else would resolve
    // these when compiling; the copy that runs (target/modules, the jlink image) is explicit (see the pom).
    requires jakarta.inject;
    requires com.google.common;
    requires aopalliance;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    // rooms on the local network (DNS-SD over multicast DNS)
    requires javax.jmdns;
    // the admin socket's peer credentials
    requires jdk.net;

    // logging
    requires org.slf4j;
    requires ch.qos.logback.classic;

    opens dev.parley.app.cli to
            info.picocli;
    opens dev.parley.app.config to
            com.fasterxml.jackson.databind;
    opens dev.parley.app.wiring to
            com.google.guice;
}
