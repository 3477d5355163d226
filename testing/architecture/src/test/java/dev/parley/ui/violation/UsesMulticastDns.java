package dev.parley.ui.violation;

import java.io.IOException;
import javax.jmdns.JmDNS;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesMulticastDns {

    public static JmDNS open() throws IOException {
        return JmDNS.create();
    }
}
