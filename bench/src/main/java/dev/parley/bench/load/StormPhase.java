package dev.parley.bench.load;

import java.util.List;
import java.util.Map;

/**
 * One phase of a login storm run: the chat in the room of one attack variant, before the attack (the baseline) or
 * under it. Latencies in milliseconds; CPU as a share of one core.
 */
record StormPhase(
        AttackVariant attack,
        boolean baseline,
        int attackers,
        double seconds,
        long attackLogins,
        Map<String, Long> attackAnswers,
        long attackConnections,
        double attackLoginP50,
        long chatSent,
        double chatCompleteness,
        double chatP50,
        double chatP99,
        double chatMax,
        List<HonestLogins.Login> honest,
        double serverCpu,
        double generatorCpu) {

    static final double CHAT_P99_TARGET_MS = 50;
    static final double HONEST_LOGIN_TARGET_MS = 1000;

    String label() {
        return baseline ? "no attack" : attack.flag();
    }

    double attackLoginsPerSecond() {
        return attackLogins / seconds;
    }

    long honestOk() {
        return honest.stream().filter(HonestLogins.Login::ok).count();
    }

    /** The median honest login, failed ones included at the time they failed (nearest rank); NaN when none ran. */
    double honestP50() {
        double[] sorted =
                honest.stream().mapToDouble(HonestLogins.Login::millis).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2];
    }

    double honestMax() {
        return honest.stream().mapToDouble(HonestLogins.Login::millis).max().orElse(Double.NaN);
    }

    /** Chat p99 under the target with (almost) every line delivered. */
    boolean chatMeetsTarget() {
        return chatP99 < CHAT_P99_TARGET_MS && chatCompleteness >= 0.999;
    }

    /** At least one honest login ran, every one got in, and the slowest took under the target. */
    boolean honestMeetsTarget() {
        return !honest.isEmpty() && honestOk() == honest.size() && honestMax() < HONEST_LOGIN_TARGET_MS;
    }
}
