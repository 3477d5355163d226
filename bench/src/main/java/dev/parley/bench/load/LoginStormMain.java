package dev.parley.bench.load;

import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;

/**
 * parley-bench login-storm: a chat beside a storm of logins at the room's real password-hash cost, and an honest
 * user logging in meanwhile from another address. See {@link LoginStormOptions#USAGE} and docs/performance.md.
 */
final class LoginStormMain {

    /**
     * The room's defaults, the password-hash cost among them: nothing here makes hashing cheaper. The attackers all
     * come from 127.0.0.1, so the limit on connections per address is lifted: the storm measures the hashing.
     */
    static final String CONFIG = """
            {
              "roomName": "parley-login-storm",
              "maxConnectionsPerAddress": 100000,
              "newConnectionBurstPerAddress": 100000,
              "registrationsPerAddress": 100000,
              "registrationsPerRoom": 100000
            }
            """;

    private static final PrintStream OUT = System.out;
    private static final String PASSWORD = "correct horse battery staple";
    private static final String HONEST = "honest";
    private static final String TARGET = "target";
    private static final long DRAIN_NANOS = 30_000_000_000L;

    private LoginStormMain() {}

    static void main(String[] args) throws Exception {
        if (LoginStormOptions.wantsHelp(args)) {
            OUT.println(LoginStormOptions.USAGE);
            return;
        }
        LoginStormOptions opt = LoginStormOptions.parse(args);
        Files.createDirectories(opt.out());
        OUT.printf(
                Locale.ROOT,
                "parley-bench login-storm: %d attackers from 127.0.0.1 for %.0f s (%s), %d chat "
                        + "users (%d sending %d lines/s in all), an honest login from %s every %.0f s%n",
                opt.attackers(),
                opt.seconds(),
                String.join(
                        " then ",
                        opt.attacks().stream().map(AttackVariant::description).toList()),
                opt.chatUsers(),
                opt.senders(),
                opt.rate(),
                opt.honestAddress(),
                opt.honestEverySeconds());
        OUT.println("server: parley host --headless with the room's default settings (password hash: PBKDF2, "
                + "600,000 iterations by default), pinned to CPU " + opt.serverCpus() + "; a fresh room per attack");
        var phases = new ArrayList<StormPhase>();
        for (AttackVariant attack : opt.attacks()) {
            phases.addAll(runRoom(opt, attack));
        }
        OUT.println();
        StormReport.header(OUT);
        phases.forEach(p -> StormReport.row(OUT, p));
        StormReport.verdicts(phases).forEach(OUT::println);
        Path csv = opt.out().resolve("login-storm-a" + opt.attackers() + "-s" + (long) opt.seconds() + ".csv");
        StormReport.writeCsv(csv, phases);
        OUT.println("wrote " + csv);
    }

    /** One fresh room: accounts registered at the real cost, then the baseline, then the storm. */
    private static List<StormPhase> runRoom(LoginStormOptions opt, AttackVariant attack) throws Exception {
        InetAddress honestAddress = InetAddress.getByName(opt.honestAddress());
        long t0 = System.nanoTime();
        ServerProcess server = ServerProcess.start(
                Path.of(System.getProperty("parley.modules", "app-launcher/target/modules")),
                Files.createTempDirectory("parley-login-storm"),
                opt.serverCpus(),
                opt.serverJvm(),
                CONFIG);
        var room = new InetSocketAddress("127.0.0.1", server.port());
        long setupDeadline = System.nanoTime() + 300_000_000_000L;
        List<String> chatNames =
                IntStream.range(0, opt.chatUsers()).mapToObj(i -> "chat" + i).toList();
        var registrations = new ArrayList<Long>();
        try (server;
                var chat = ChatUsers.register(
                        room, chatNames, PASSWORD, LoginStormMain::registrationAddress, setupDeadline, registrations)) {
            registerAndLeave(room, HONEST, honestAddress, setupDeadline, registrations);
            registerAndLeave(room, TARGET, registrationAddress(chatNames.size()), setupDeadline, registrations);
            double[] ms =
                    registrations.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            OUT.printf(
                    Locale.ROOT,
                    "%s: room on port %d; %d accounts registered one at a time, median %.0f ms, "
                            + "max %.0f ms each%n",
                    attack.flag(),
                    server.port(),
                    ms.length,
                    ms[ms.length / 2],
                    ms[ms.length - 1]);

            var honest = new HonestLogins(
                    room, honestAddress, HONEST, PASSWORD, opt.honestEverySeconds(), opt.honestTimeoutSeconds());
            StormPhase quiet = phase(opt, server, chat, honest, attack, null, opt.quietSeconds());
            OUT.printf(
                    Locale.ROOT,
                    "%s: baseline done after %.0f s (chat p99 %.1f ms, honest logins %d/%d in, max " + "%.0f ms)%n",
                    attack.flag(),
                    (System.nanoTime() - t0) / 1e9,
                    quiet.chatP99(),
                    quiet.honestOk(),
                    quiet.honest().size(),
                    quiet.honestMax());
            // Attackers of "target" (offline, wrong password) or of chat0 (online, right password).
            var attackers = attack == AttackVariant.WRONG_PASSWORD
                    ? new Attackers(room, opt.attackers(), TARGET, "not the password")
                    : new Attackers(room, opt.attackers(), chatNames.getFirst(), PASSWORD);
            StormPhase storm = phase(opt, server, chat, honest, attack, attackers, opt.seconds());
            OUT.printf(
                    Locale.ROOT,
                    "%s: storm done after %.0f s (chat p99 %.1f ms, honest logins %d/%d in, max " + "%.0f ms)%n",
                    attack.flag(),
                    (System.nanoTime() - t0) / 1e9,
                    storm.chatP99(),
                    storm.honestOk(),
                    storm.honest().size(),
                    storm.honestMax());
            return List.of(quiet, storm);
        } finally {
            OUT.printf(Locale.ROOT, "%s: room closed after %.0f s%n", attack.flag(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * The loopback address the i-th account is registered from (127.1.0.1, 127.1.0.2, ...): a registration is a
     * hash, and a room may count every hash against its address's login budget; registering from addresses of
     * their own spends none of the attackers' or the honest user's.
     */
    static InetAddress registrationAddress(int i) {
        int k = i + 1;
        try {
            return InetAddress.getByAddress(new byte[] {127, 1, (byte) (k >> 8), (byte) k});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    private static void registerAndLeave(
            InetSocketAddress room, String name, InetAddress from, long deadline, List<Long> times) throws IOException {
        long t0 = System.nanoTime();
        try (Exchange exchange = Exchange.open(room, from, deadline)) {
            AccountFlows.register(exchange, name, PASSWORD, deadline);
            times.add(System.nanoTime() - t0);
            exchange.send(new DisconnectRequest(name), deadline);
            if (!exchange.awaitClose(deadline)) {
                throw new IOException(name + " did not leave the room");
            }
        }
    }

    /**
     * The chat on this thread for {@code seconds}; the attackers (none for the baseline) and the honest user on
     * threads of their own.
     */
    private static StormPhase phase(
            LoginStormOptions opt,
            ServerProcess server,
            ChatUsers chat,
            HonestLogins honest,
            AttackVariant attack,
            Attackers attackers,
            double seconds)
            throws Exception {
        ProcStats serverBefore = ProcStats.of(server.pid());
        ProcStats benchBefore = ProcStats.of(ProcessHandle.current().pid());
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        FutureTask<Attackers.Outcome> storm = attackers == null ? null : start("attackers", () -> attackers.run(end));
        FutureTask<List<HonestLogins.Login>> logins = start("honest-user", () -> honest.run(end));
        ChatUsers.Outcome talk = chat.run(opt.senders(), opt.rate(), seconds, DRAIN_NANOS);
        Attackers.Outcome attacked = storm == null ? null : await(storm, 30);
        List<HonestLogins.Login> honestLogins = await(logins, opt.honestTimeoutSeconds() + 30);
        long wall = System.nanoTime() - t0;
        ProcStats serverAfter = ProcStats.of(server.pid());
        ProcStats benchAfter = ProcStats.of(ProcessHandle.current().pid());
        Histogram latency = talk.latencyMicros();
        return new StormPhase(
                attack,
                attackers == null,
                attackers == null ? 0 : opt.attackers(),
                seconds,
                attacked == null ? 0 : attacked.logins(),
                attacked == null ? Map.of() : attacked.answers(),
                attacked == null ? 0 : attacked.connections(),
                attacked == null ? 0 : attacked.loginMicros().getValueAtPercentile(50) / 1000.0,
                talk.sent(),
                talk.completeness(),
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0,
                honestLogins,
                serverAfter.cpuShareSince(serverBefore, wall),
                benchAfter.cpuShareSince(benchBefore, wall));
    }

    private static <T> FutureTask<T> start(String name, Callable<T> work) {
        var task = new FutureTask<>(work);
        Thread.ofPlatform().name(name).daemon().start(task);
        return task;
    }

    private static <T> T await(FutureTask<T> task, double seconds) throws Exception {
        try {
            return task.get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IOException("a part of the benchmark did not finish in time", e);
        }
    }
}
