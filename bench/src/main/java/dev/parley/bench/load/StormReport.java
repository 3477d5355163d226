package dev.parley.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The login storm's table on the console, its verdict against the targets, and a CSV. */
final class StormReport {

    private StormReport() {}

    static void header(PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%-15s %9s %9s %9s %8s %8s %8s %8s %7s %9s %9s %7s %7s%n",
                "attack",
                "attackers",
                "logins/s",
                "atk p50",
                "chat p50",
                "chat p99",
                "chat max",
                "complete",
                "honest",
                "hon p50",
                "hon max",
                "srv CPU",
                "gen CPU");
    }

    static void row(PrintStream out, StormPhase p) {
        boolean attacked = !p.baseline();
        out.printf(
                Locale.ROOT,
                "%-15s %9s %9s %9s %6.1fms %6.1fms %6.0fms %7.2f%% %7s %9s %9s %6.0f%% " + "%6.0f%%%n",
                p.label(),
                attacked ? String.valueOf(p.attackers()) : "-",
                attacked ? String.format(Locale.ROOT, "%.1f", p.attackLoginsPerSecond()) : "-",
                attacked ? String.format(Locale.ROOT, "%.0fms", p.attackLoginP50()) : "-",
                p.chatP50(),
                p.chatP99(),
                p.chatMax(),
                p.chatCompleteness() * 100,
                p.honestOk() + "/" + p.honest().size(),
                millis(p.honestP50()),
                millis(p.honestMax()),
                p.serverCpu() * 100,
                p.generatorCpu() * 100);
        if (!p.attackAnswers().isEmpty()) {
            out.println("  the room's answers to the attackers: " + answers(p.attackAnswers()) + "; "
                    + p.attackConnections() + " connections");
        }
        p.honest().stream()
                .filter(h -> !h.ok())
                .forEach(h -> out.printf(
                        Locale.ROOT, "  an honest login ended \"%s\" after %.0f ms%n", h.outcome(), h.millis()));
        long busy =
                p.honest().stream().mapToLong(HonestLogins.Login::busyRefusals).sum();
        if (busy > 0) {
            out.println(
                    "  honest logins were answered busy " + busy + " times and tried again (counted in their time)");
        }
    }

    /** One line per attack phase: met or missed, with the figures that decide it. */
    static List<String> verdicts(List<StormPhase> phases) {
        return phases.stream()
                .filter(p -> !p.baseline())
                .map(p -> String.format(
                        Locale.ROOT,
                        "%s, %d attackers: chat p99 %.1f ms (%.2f%% delivered; target < %.0f ms): %s; honest login max %.0f "
                                + "ms, %d/%d in (target < %.0f ms): %s",
                        p.label(),
                        p.attackers(),
                        p.chatP99(),
                        p.chatCompleteness() * 100,
                        StormPhase.CHAT_P99_TARGET_MS,
                        p.chatMeetsTarget() ? "PASS" : "FAIL",
                        p.honestMax(),
                        p.honestOk(),
                        p.honest().size(),
                        StormPhase.HONEST_LOGIN_TARGET_MS,
                        p.honestMeetsTarget() ? "PASS" : "FAIL"))
                .toList();
    }

    static String csv(List<StormPhase> phases) {
        var sb = new StringBuilder("room,phase,attackers,seconds,attack_logins,attack_logins_per_s,attack_login_p50_ms,"
                + "attack_connections,attack_answers,chat_sent,chat_completeness,chat_p50_ms,chat_p99_ms,chat_max_ms,"
                + "honest_logins,honest_ok,honest_p50_ms,honest_max_ms,server_cpu,generator_cpu,chat_pass,"
                + "honest_pass\n");
        for (StormPhase p : phases) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%s,%s,%d,%.1f,%d,%.2f,%.1f,%d,%s,%d,%.5f,%.3f,%.3f,%.3f,%d,%d,%.1f,%.1f,%.3f,%.3f,%s,%s%n",
                    p.attack().flag(),
                    p.baseline() ? "baseline" : "storm",
                    p.attackers(),
                    p.seconds(),
                    p.attackLogins(),
                    p.attackLoginsPerSecond(),
                    p.attackLoginP50(),
                    p.attackConnections(),
                    answers(p.attackAnswers()).replace(", ", ";"),
                    p.chatSent(),
                    p.chatCompleteness(),
                    p.chatP50(),
                    p.chatP99(),
                    p.chatMax(),
                    p.honest().size(),
                    p.honestOk(),
                    p.honestP50(),
                    p.honestMax(),
                    p.serverCpu(),
                    p.generatorCpu(),
                    p.chatMeetsTarget(),
                    p.honestMeetsTarget()));
        }
        return sb.toString();
    }

    static void writeCsv(Path file, List<StormPhase> phases) throws IOException {
        Files.writeString(file, csv(phases));
    }

    /** Whole milliseconds, or "-" when there is no figure (no honest login ran). */
    private static String millis(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.0fms", ms);
    }

    private static String answers(Map<String, Long> answers) {
        return answers.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
