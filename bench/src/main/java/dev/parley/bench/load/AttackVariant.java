package dev.parley.bench.load;

import java.util.Arrays;
import java.util.List;

/** What the attackers of a login storm try: both are logins the room must hash today. */
enum AttackVariant {

    /** An account that exists, a wrong password: the address throttle is meant to stop these. */
    WRONG_PASSWORD("wrong-password", "wrong password for an existing account"),
    /** The right password for an account that is online: refused {@code already_online}, after the hash. */
    ALREADY_ONLINE("already-online", "right password for an account that is online");

    private final String flag;
    private final String description;

    AttackVariant(String flag, String description) {
        this.flag = flag;
        this.description = description;
    }

    String flag() {
        return flag;
    }

    String description() {
        return description;
    }

    /** {@code wrong-password}, {@code already-online} or {@code both} (each in its own fresh room). */
    static List<AttackVariant> parse(String text) {
        if (text.equals("both")) {
            return List.of(values());
        }
        return Arrays.stream(values())
                .filter(v -> v.flag.equals(text))
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--attack is wrong-password, already-online or both, not " + text));
    }
}
