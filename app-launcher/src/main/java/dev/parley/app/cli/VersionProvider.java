package dev.parley.app.cli;

import dev.parley.protocol.ParleyVersion;
import picocli.CommandLine.IVersionProvider;

/** "parley --version". */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Parley " + ParleyVersion.current()};
    }
}
