package dev.parley.protocol.violation;

import dev.parley.accounts.Ban;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesAccounts {

    public static String reason(Ban ban) {
        return ban.reason();
    }
}
