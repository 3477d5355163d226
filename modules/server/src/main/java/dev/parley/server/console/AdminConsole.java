package dev.parley.server.console;

import dev.parley.accounts.AddressRange;
import dev.parley.accounts.Ban;
import dev.parley.accounts.BanList;
import dev.parley.accounts.NotSavedException;
import dev.parley.server.BanTarget;
import dev.parley.server.OnlineUser;
import dev.parley.server.RoomAdmin;
import dev.parley.server.SeenUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The host's text commands (/ban, /kick, ...), for a room run without a window. */
public final class AdminConsole {

    static final String HELP = """
            Commands:
              /users                                  who is online
              /seen                                   who logged in, tried to, or tripped a limit lately
              /bans                                   bans in force
              /ban USER|ADDRESS [DURATION] [REASON]   ban a user (and their address), an IP address
                                                      or a range: 192.168.1.0/24, 2001:db8::/32;
                                                      DURATION like 30m, 2h, 7d, 4w (none: no end);
                                                      [ADDRESS] in brackets: the address, even if a user
                                                      has that name (a range is never a user)
              /unban USER|ADDRESS                     lift a ban (a range by its name: /unban 10.0.0.0/8)
              /kick USER [REASON]                     disconnect a user, telling them why
              /fingerprint                            the room's TLS certificate fingerprint, for
                                                      people to compare with what their client shows
              /stop                                   close the room (everyone gets "shutdown")
              /help                                   this list""";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final RoomAdmin admin;
    private final PrintStream out;

    public AdminConsole(RoomAdmin admin, PrintStream out) {
        this.admin = admin;
        this.out = out;
    }

    /**
     * Reads commands until /stop or the end of input. The end of input does not close the room: a server started
     * with no terminal attached keeps running.
     */
    public void run(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (!execute(line)) {
                return;
            }
        }
    }

    private void fingerprint() {
        admin.certificateFingerprint()
                .ifPresentOrElse(
                        f -> out.println("TLS certificate fingerprint (SHA-256): " + f),
                        () -> out.println("TLS is off: this room speaks plain JSON only."));
    }

    /** Runs one command; false once the room was stopped. */
    public boolean execute(String line) {
        String[] words = line.strip().split("\\s+");
        if (words[0].isEmpty()) {
            return true;
        }
        try {
            switch (words[0].toLowerCase(java.util.Locale.ROOT)) {
                case "/help", "help", "/?" -> out.println(HELP);
                case "/users" -> users();
                case "/bans" -> bans();
                case "/seen" -> seen();
                case "/ban" -> ban(words);
                case "/unban" -> unban(words);
                case "/kick" -> kick(words);
                case "/fingerprint" -> fingerprint();
                case "/stop", "/quit" -> {
                    out.println("Closing the room...");
                    admin.shutdown();
                    out.println("Room closed.");
                    return false;
                }
                default -> out.println("Unknown command \"" + words[0] + "\". Type /help for the list.");
            }
        } catch (IOException e) {
            out.println("Could not save the change: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        out.flush();
        return true;
    }

    private void users() {
        List<OnlineUser> users = admin.onlineUsers();
        if (users.isEmpty()) {
            out.println("Nobody is online.");
            return;
        }
        out.println(users.size() + " online:");
        for (OnlineUser u : users) {
            out.println("  " + u.username() + (u.guest() ? " (guest)" : "") + "  from " + u.address() + "  since "
                    + TIME.format(u.since()));
        }
    }

    private void bans() {
        List<Ban> bans = admin.bans();
        if (bans.isEmpty()) {
            out.println("No bans.");
            return;
        }
        for (Ban b : bans) {
            out.println("  " + describe(b));
        }
    }

    private void seen() {
        List<SeenUser> seen = admin.recentlySeen();
        if (seen.isEmpty()) {
            out.println("Nobody seen yet.");
            return;
        }
        out.println("Recently seen, newest first:");
        for (SeenUser u : seen) {
            String trips = u.trips().entrySet().stream()
                    .map(t -> t.getKey() + " (" + t.getValue() + ")")
                    .collect(Collectors.joining(", "));
            out.println("  " + (u.username() == null ? "(no name)" : u.username()) + "  from " + u.address() + "  "
                    + (u.online() ? "online" : "last seen " + TIME.format(u.lastSeen()))
                    + (trips.isEmpty() ? "" : "  tripped " + trips));
        }
    }

    private void ban(String[] words) throws IOException {
        if (words.length < 2) {
            out.println("Usage: /ban USER|ADDRESS [DURATION] [REASON]");
            return;
        }
        String target = words[1];
        int reasonFrom = 2;
        Duration duration = null;
        if (words.length > 2) {
            Optional<Duration> parsed = DurationText.parse(words[2]);
            if (parsed.isPresent()) {
                duration = parsed.get();
                reasonFrom = 3;
            }
        }
        String reason = String.join(" ", Arrays.copyOfRange(words, reasonFrom, words.length));
        BanTarget what = admin.banTarget(target);
        Ban ban;
        try {
            ban = admin.ban(what, reason, duration);
        } catch (NotSavedException e) {
            out.println("Banned " + describe(e.bans().getFirst()) + " but NOT saved to disk: " + e.reason()
                    + "; Parley keeps retrying");
            printNote(what);
            return;
        }
        out.println("Banned " + describe(ban));
        printNote(what);
    }

    private void printNote(BanTarget what) {
        if (!what.note().isEmpty()) {
            out.println(what.note());
        }
    }

    private void unban(String[] words) throws IOException {
        if (words.length != 2) {
            out.println("Usage: /unban USER|ADDRESS");
            return;
        }
        List<Ban> lifted;
        try {
            lifted = admin.unban(words[1]);
        } catch (NotSavedException e) {
            out.println("Lifted " + e.bans().size() + " ban(s) but NOT saved to disk: " + e.reason()
                    + "; Parley keeps retrying");
            return;
        }
        out.println(
                lifted.isEmpty()
                        ? "No ban of " + words[1] + "." + rangesHolding(words[1])
                        : "Lifted " + lifted.size() + " ban(s).");
    }

    /** " It is inside the ban of 10.0.0.0/8.", when an address lies in banned ranges; else empty. */
    private String rangesHolding(String text) {
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(BanList.normalizeAddress(text));
        } catch (IllegalArgumentException e) {
            return "";
        }
        List<String> ranges = admin.bans().stream()
                .map(Ban::address)
                .filter(a -> a != null && AddressRange.looksLikeRange(a))
                .filter(a -> AddressRange.parse(a).contains(address))
                .toList();
        return ranges.isEmpty()
                ? ""
                : " It is inside the ban of " + String.join(", ", ranges) + "; lift that to let it in.";
    }

    private void kick(String[] words) {
        if (words.length < 2) {
            out.println("Usage: /kick USER [REASON]");
            return;
        }
        String reason = String.join(" ", Arrays.copyOfRange(words, 2, words.length));
        out.println(
                admin.kick(words[1], reason)
                        ? "Kicked " + words[1] + (reason.isEmpty() ? "" : " (" + reason + ")") + "."
                        : words[1] + " is not online.");
    }

    private static String describe(Ban b) {
        String who = b.username() == null
                ? b.address()
                : b.username() + (b.address() == null ? "" : " (" + b.address() + ")");
        String until = b.expires() == null ? "no end" : "until " + TIME.format(b.expires());
        return who + ", " + until + (b.reason().isEmpty() ? "" : ", reason: " + b.reason());
    }
}
