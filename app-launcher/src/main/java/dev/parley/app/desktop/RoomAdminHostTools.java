package dev.parley.app.desktop;

import dev.parley.accounts.AddressRange;
import dev.parley.accounts.Ban;
import dev.parley.accounts.NotSavedException;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.BanTarget;
import dev.parley.server.RoomAdmin;
import dev.parley.server.SeenUser;
import dev.parley.ui.HostTools;
import java.io.IOException;
import java.net.InetAddress;
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
    public Optional<String> owner() {
        return admin.owner();
    }

    @Override
    public boolean setPassword(String username, char[] password) throws IOException {
        return admin.setPassword(username, password);
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
    public List<SeenPerson> recentlySeen() {
        return admin.recentlySeen().stream().map(RoomAdminHostTools::person).toList();
    }

    /** With the network a host would ban to catch them on their next address: the /24 or /64 around theirs. */
    static SeenPerson person(SeenUser u) {
        // A link-local peer's address carries its interface ("fe80:0:0:0:0:0:0:1%2"); its network does not.
        int scope = u.address().indexOf('%');
        InetAddress address =
                InetAddress.ofLiteral(scope < 0 ? u.address() : u.address().substring(0, scope));
        String network = AddressRange.containing(
                        address, AddressRange.of(address).ipv6() ? 64 : 24)
                .toString();
        return new SeenPerson(u.username(), u.address(), network, u.lastSeen(), u.online(), u.trips());
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
    public boolean kick(String username, String reason) {
        return admin.kick(username, reason);
    }

    private static BanEntry entry(Ban b) {
        return new BanEntry(b.address(), b.username(), b.reason(), b.expires());
    }
}
