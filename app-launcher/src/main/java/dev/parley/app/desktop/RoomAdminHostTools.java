package dev.parley.app.desktop;

import dev.parley.accounts.Ban;
import dev.parley.accounts.NotSavedException;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.BanTarget;
import dev.parley.server.RoomAdmin;
import dev.parley.ui.HostTools;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The desktop host's tools, over the room's admin API: the UI sees its own records, and the room (through
 * {@link RoomAdmin#banTarget}) decides whether a ban's text names a user or an address, as it does for the console.
 */
public final class RoomAdminHostTools implements HostTools {

    private final RoomAdmin admin;

    public RoomAdminHostTools(RoomAdmin admin) {
        this.admin = admin;
    }

    @Override
    public String roomName() {
        return admin.roomName();
    }

    @Override
    public Optional<String> certificateFingerprint() {
        return admin.certificateFingerprint().map(Fingerprint::toString);
    }

    @Override
    public List<OnlinePerson> online() {
        return admin.onlineUsers().stream()
                .map(u -> new OnlinePerson(u.username(), u.address(), u.since()))
                .toList();
    }

    @Override
    public List<BanEntry> bans() {
        return admin.bans().stream().map(RoomAdminHostTools::entry).toList();
    }

    @Override
    public Outcome ban(String target, String reason, Duration duration) throws IOException {
        BanTarget what = admin.banTarget(target);
        try {
            admin.ban(what, reason, duration);
            return new Outcome(what.note(), "");
        } catch (NotSavedException e) {
            return new Outcome(what.note(), e.reason());
        }
    }

    @Override
    public Outcome unban(String addressOrUsername) throws IOException {
        List<Ban> lifted;
        String notSaved = "";
        try {
            lifted = admin.unban(addressOrUsername);
        } catch (NotSavedException e) {
            lifted = e.bans();
            notSaved = e.reason();
        }
        return new Outcome(lifted.isEmpty() ? "No ban of " + addressOrUsername + " was in force." : "", notSaved);
    }

    @Override
    public boolean kick(String username) {
        return admin.kick(username);
    }

    private static BanEntry entry(Ban b) {
        return new BanEntry(b.address(), b.username(), b.reason(), b.expires());
    }
}
