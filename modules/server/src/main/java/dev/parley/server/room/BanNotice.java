package dev.parley.server.room;

import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
import dev.parley.protocol.message.ServerMessage.Banned;
import java.net.InetAddress;
import java.util.Optional;

/** The {@code banned} a banned user or address is told: with the ban's reason and end, when it has them. */
final class BanNotice {

    private BanNotice() {}

    static Banned of(Ban ban) {
        return new Banned(ban.reason(), ban.expires());
    }

    /** For whichever ban keeps out this name or address (the name's first); a bare one when neither is found now. */
    static Banned lookUp(BanList bans, String username, InetAddress address) {
        return (username == null ? Optional.<Ban>empty() : bans.forUser(username))
                .or(() -> address == null ? Optional.empty() : bans.forAddress(address))
                .map(BanNotice::of)
                .orElseGet(Banned::new);
    }
}
