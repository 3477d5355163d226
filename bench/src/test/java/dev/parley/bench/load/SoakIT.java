package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soak, short (200 clients for 30 s, staying seconds rather than minutes, so that they come and go many
 * times): afterwards the room has no members, and its threads, open files and live heap are back where they
 * started, within tolerances that a busy 2-core machine passes. The long run: bench/parley-bench soak.
 */
class SoakIT {

    @Test
    void aCrowdComingAndGoingLeavesNothingBehind() throws Exception {
        Path modules = Path.of(System.getProperty("parley.modules", "../app-launcher/target/modules"));
        assertThat(Files.isDirectory(modules))
                .as("the packaged app in " + modules)
                .isTrue();
        var options = new SoakRun.Options(
                200,
                30,
                10,
                new SoakClients.Pace(4_000, 12_000, 1_000, 4_000),
                modules,
                "",
                List.of("-Xss256k"),
                SoakRun.Tolerances.DEFAULT);

        SoakRun.Result r = SoakRun.run(options, System.out);

        assertThat(r.problems()).isEmpty();
        assertThat(r.joins()).as("joins: every client came back at least once").isGreaterThan(400);
        assertThat(r.messages()).isPositive();
        assertThat(r.disconnects()).isPositive();
        assertThat(r.closes()).isPositive();
        assertThat(r.resets()).isPositive();
        assertThat(r.during())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.members()).isPositive());
    }
}
