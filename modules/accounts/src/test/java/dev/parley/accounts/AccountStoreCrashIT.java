package dev.parley.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM registers accounts in a loop and is killed with SIGKILL at random moments. Every time, the files
 * still read and hold every registration the child acknowledged: in the journal, or in accounts.json once the journal
 * was folded into it (the second test folds it every 40 registrations, so kills land during compactions too).
 */
class AccountStoreCrashIT {

    @TempDir
    Path dir;

    @Test
    void acknowledgedRegistrationsSurviveSigkill() throws Exception {
        killInALoop(AccountStore.COMPACT_AT_LEAST);
    }

    @Test
    void acknowledgedRegistrationsSurviveSigkillDuringCompactions() throws Exception {
        killInALoop(40);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("open folded every journal into accounts.json and removed leftovers")
                    .noneMatch(n -> n.endsWith(".tmp") || n.startsWith("accounts.journal"));
        }
    }

    private void killInALoop(int compactAtLeast) throws Exception {
        var random = new Random(42);
        var acknowledged = new ArrayList<String>();
        for (int round = 0; round < 6; round++) {
            List<String> acks = runAndKill("r" + round + "u", 150 + random.nextInt(600), compactAtLeast);
            acknowledged.addAll(acks);

            AccountStore store = AccountStore.open(
                    dir.resolve("accounts.json"),
                    SaltSource.fromSecretFile(dir.resolve("server.secret")),
                    1,
                    Clock.systemUTC());
            for (String name : acknowledged) {
                assertThat(store.isRegistered(name))
                        .as("acknowledged %s in round %d", name, round)
                        .isTrue();
            }
        }
        assertThat(acknowledged)
                .as("the child must have registered something to test")
                .hasSizeGreaterThan(20);
    }

    private List<String> runAndKill(String prefix, long killAfterMillis, int compactAtLeast) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RegistrationLoop.class.getName(),
                        dir.toString(),
                        prefix,
                        Integer.toString(compactAtLeast))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var acks = new ArrayList<String>();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        synchronized (acks) {
                            acks.add(line.substring(4));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the child died: what was read is what was acknowledged
            }
        });
        reader.start();
        // Wait for the first acknowledgement, so the kill lands while registrations are being written.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sizeOf(acks) == 0 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.onSpinWait();
        }
        assertThat(sizeOf(acks)).as("child started registering").isPositive();
        Thread.sleep(killAfterMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (acks) {
            return List.copyOf(acks);
        }
    }

    private static int sizeOf(List<String> list) {
        synchronized (list) {
            return list.size();
        }
    }
}
