package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import dev.parley.server.ServerConfig;
import dev.parley.server.room.RoomMembers.Admission;
import java.util.Optional;

/** The legacy {@code guest} login: a name without an account, when the room allows guests and nobody owns it. */
final class GuestLogins {

    private final boolean allowed;
    private final AccountStore accounts;
    private final NameClaims nameClaims;
    private final RoomEntry entry;
    private final Replies replies;

    GuestLogins(ServerConfig config, AccountStore accounts, NameClaims nameClaims, RoomEntry entry, Replies replies) {
        this.allowed = config.allowGuests();
        this.accounts = accounts;
        this.nameClaims = nameClaims;
        this.entry = entry;
        this.replies = replies;
    }

    void login(Session s, GuestLogin r) {
        if (!allowed) {
            replies.send(s, new LoginResult(false));
            replies.send(
                    s,
                    new ProtocolError(
                            ErrorCode.GUESTS_DISABLED,
                            "This room does not allow guests; register an account instead."));
            return;
        }
        Optional<String> problem = Usernames.problemWith(r.user());
        if (problem.isPresent()) {
            replies.send(s, new LoginResult(false));
            replies.send(s, new ProtocolError(ErrorCode.INVALID_USERNAME, problem.get()));
            return;
        }
        Admission admission = nameClaims.claim(
                () -> accounts.isTaken(r.user()) ? Admission.NAME_ONLINE : entry.enter(s, r.user(), true));
        switch (admission) {
            case ADMITTED, CONNECTION_CLOSING -> {}
            case NAME_ONLINE -> {
                replies.send(s, new LoginResult(false));
                replies.send(s, new UsernameTaken());
            }
            case BANNED -> replies.sendAndClose(s, entry.banNotice(s, r.user()));
        }
    }
}
