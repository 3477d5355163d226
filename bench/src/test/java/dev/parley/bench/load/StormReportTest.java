package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StormReportTest {

    private static final HonestLogins.Login FAST = new HonestLogins.Login(120, "ok", 0);

    /** A storm of the given variant, or with a null variant the baseline of the already-online room. */
    private static StormPhase phase(
            AttackVariant attack, double chatP99, double completeness, List<HonestLogins.Login> honest) {
        Map<String, Long> answers =
                new TreeMap<>(Map.of("login already_online", 300L, "error too_many_attempts", 100L));
        return new StormPhase(
                attack == null ? AttackVariant.ALREADY_ONLINE : attack,
                attack == null,
                attack == null ? 0 : 200,
                30,
                attack == null ? 0 : 300,
                attack == null ? Map.of() : answers,
                100,
                4200,
                600,
                completeness,
                3.5,
                chatP99,
                chatP99 + 10,
                honest,
                0.99,
                0.2);
    }

    @Test
    void honestLoginTimesAreTheMedianAndTheSlowest() {
        StormPhase p = phase(
                AttackVariant.ALREADY_ONLINE,
                10,
                1,
                List.of(
                        new HonestLogins.Login(900, "ok", 0),
                        new HonestLogins.Login(100, "ok", 0),
                        new HonestLogins.Login(13_000, "ok", 0),
                        new HonestLogins.Login(300, "ok", 2)));

        assertThat(p.honestP50()).isEqualTo(300);
        assertThat(p.honestMax()).isEqualTo(13_000);
        assertThat(p.honestOk()).isEqualTo(4);
        assertThat(p.attackLoginsPerSecond()).isEqualTo(10);
        assertThat(phase(null, 1, 1, List.of()).honestP50()).isNaN();
    }

    @Test
    void passesOnlyWhenEveryTargetIsMet() {
        assertThat(phase(AttackVariant.ALREADY_ONLINE, 49.9, 1, List.of(FAST)).chatMeetsTarget())
                .isTrue();
        assertThat(phase(AttackVariant.ALREADY_ONLINE, 50, 1, List.of(FAST)).chatMeetsTarget())
                .isFalse();
        // Lines that never arrived have no latency: a fast p99 of the few that did is no pass.
        assertThat(phase(AttackVariant.ALREADY_ONLINE, 5, 0.9, List.of(FAST)).chatMeetsTarget())
                .isFalse();

        assertThat(phase(AttackVariant.ALREADY_ONLINE, 5, 1, List.of(FAST)).honestMeetsTarget())
                .isTrue();
        assertThat(phase(AttackVariant.ALREADY_ONLINE, 5, 1, List.of(FAST, new HonestLogins.Login(1000, "ok", 0)))
                        .honestMeetsTarget())
                .isFalse();
        assertThat(phase(AttackVariant.ALREADY_ONLINE, 5, 1, List.of(FAST, new HonestLogins.Login(30, "timeout", 0)))
                        .honestMeetsTarget())
                .isFalse();
        assertThat(phase(AttackVariant.ALREADY_ONLINE, 5, 1, List.of()).honestMeetsTarget())
                .isFalse();
    }

    @Test
    void verdictsNameTheFiguresOfEachAttackAndSkipTheBaseline() {
        List<String> verdicts = StormReport.verdicts(List.of(
                phase(null, 4, 1, List.of(FAST)),
                phase(AttackVariant.WRONG_PASSWORD, 12.25, 1, List.of(FAST)),
                phase(AttackVariant.ALREADY_ONLINE, 441, 1, List.of(new HonestLogins.Login(13_500, "ok", 0)))));

        assertThat(verdicts)
                .containsExactly(
                        "wrong-password, 200 attackers: chat p99 12.3 ms (100.00% delivered; target < 50 ms): PASS; "
                                + "honest login max 120 ms, 1/1 in (target < 1000 ms): PASS",
                        "already-online, 200 attackers: chat p99 441.0 ms (100.00% delivered; target < 50 ms): FAIL; "
                                + "honest login max 13500 ms, 1/1 in (target < 1000 ms): FAIL");
    }

    @Test
    void csvHasOneRowPerPhaseWithTheAnswersInOneField() {
        String csv = StormReport.csv(
                List.of(phase(null, 4, 1, List.of(FAST)), phase(AttackVariant.ALREADY_ONLINE, 441, 1, List.of(FAST))));

        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(3);
        int columns = rows.getFirst().split(",").length;
        assertThat(rows).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(columns));
        assertThat(rows.get(1)).startsWith("already-online,baseline,0,30.0,0,0.00,");
        assertThat(rows.get(2))
                .startsWith("already-online,storm,200,30.0,300,10.00,4200.0,100,"
                        + "error too_many_attempts 100;login already_online 300,600,1.00000,3.500,441.000,451.000,1,1,")
                .endsWith(",false,true");
    }

    @Test
    void tableShowsEachPhaseAndWhatTheRoomAnsweredTheAttackers() {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StormReport.header(out);
        StormReport.row(
                out,
                phase(
                        AttackVariant.ALREADY_ONLINE,
                        441,
                        1,
                        List.of(FAST, new HonestLogins.Login(30_000, "timeout", 1))));

        StormReport.row(out, phase(null, 3, 1, List.of(FAST)));
        StormReport.row(out, phase(null, 3, 1, List.of()));

        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table)
                .contains(
                        "already-online",
                        "441.0ms",
                        "1/2",
                        "the room's answers to the attackers: error too_many_attempts 100, login already_online 300",
                        "an honest login ended \"timeout\" after 30000 ms",
                        "answered busy 1 times");
        List<String> lines = table.lines().toList();
        assertThat(lines.get(lines.size() - 2)).startsWith("no attack").contains(" - ", "3.0ms", "120ms");
        assertThat(lines.getLast()).startsWith("no attack").contains("0/0").doesNotContain("NaN");
    }
}
