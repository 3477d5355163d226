package dev.parley.server.room;

import dev.parley.accounts.AccountStore;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code users}: who is online, or which accounts are not, sorted by name and cut to what a client accepts. */
final class UserListQuery {

    private final RoomMembers members;
    private final AccountStore accounts;
    private final Replies replies;

    UserListQuery(RoomMembers members, AccountStore accounts, Replies replies) {
        this.members = members;
        this.accounts = accounts;
        this.replies = replies;
    }

    void answer(Session s, UserListRequest r) {
        List<String> online = members.members().stream().map(Member::username).toList();
        if (r.online()) {
            reply(s, online, true);
            return;
        }
        Set<String> onlineKeys = online.stream().map(Usernames::key).collect(Collectors.toSet());
        var offline = new ArrayList<String>();
        for (String name : accounts.usernames()) {
            if (!onlineKeys.contains(Usernames.key(name))) {
                offline.add(name);
            }
        }
        offline.sort(Comparator.comparing(Usernames::key));
        reply(s, offline, false);
    }

    /** Cut to what a client accepts (31,000 long names would not fit); the answer says it was cut. */
    private void reply(Session s, List<String> names, boolean online) {
        replies.send(s, replies.codec().userListWithin(names, online, MessageLimits.MAX_SERVER_MESSAGE_BYTES));
    }
}
