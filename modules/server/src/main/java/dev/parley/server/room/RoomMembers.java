package dev.parley.server.room;

import dev.parley.protocol.Usernames;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Who is in the room and who is typing. Every event is queued to every member under one lock, so all members see
 * the same order; queuing never blocks, and each broadcast is encoded once for everyone.
 */
final class RoomMembers {

    private final MessageCodec codec;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Member> members = new TreeMap<>();
    private final Set<String> typing = new HashSet<>();
    private final Recipients recipients = new Recipients();
    private final ChatHistory history;
    /** Told after each line kept in the history, off the lock (the saver, or nothing). */
    private volatile Runnable historyChanged = () -> {};

    /** A room that keeps no history. */
    RoomMembers(MessageCodec codec) {
        this(codec, new ChatHistory(0, codec, List.of()));
    }

    RoomMembers(MessageCodec codec, ChatHistory history) {
        this.codec = codec;
        this.history = history;
    }

    /** Who to tell (off the room's lock, never blocking) that the history changed. */
    void onHistoryChanged(Runnable listener) {
        this.historyChanged = listener;
    }

    /** The history and its version, as they are now. */
    HistorySaver.Snapshot historySnapshot() {
        return locked(() -> new HistorySaver.Snapshot(history.version(), history.copy()));
    }

    /** Why a join was refused, or that it went through. */
    enum Admission {
        ADMITTED,
        NAME_ONLINE,
        BANNED,
        CONNECTION_CLOSING
    }

    /**
     * Adds a member, sends it the {@code welcome} messages first, in order, then the history (when the room keeps
     * one), then tells everyone (the newcomer too) that it joined. The history is taken under the same lock as every
     * broadcast, so the newcomer misses no line and gets none twice.
     *
     * @param admission checked under the room's lock, after the name was found free; anything but
     *                  {@link Admission#ADMITTED} refuses the join. It must not touch a file or wait for a lock
     *                  that is held across one: every broadcast waits for it.
     * @return {@link Admission#NAME_ONLINE} when the name is online already, else what {@code admission} said
     */
    Admission join(Member member, List<ServerMessage> welcome, Supplier<Admission> admission) {
        String key = Usernames.key(member.username());
        lock.lock();
        try {
            if (members.containsKey(key)) {
                return Admission.NAME_ONLINE;
            }
            Admission verdict = admission.get();
            if (verdict != Admission.ADMITTED) {
                return verdict;
            }
            members.put(key, member);
            recipients.add(member.connection());
            for (ServerMessage m : welcome) {
                member.connection().send(codec.encode(m));
            }
            if (history.isOn()) {
                member.connection().send(history.encoded());
            }
            broadcastLocked(new UserNotification(member.username(), true), null);
            return Admission.ADMITTED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes a member and tells the rest; clears its typing first.
     *
     * @return false when it had left already (leaving twice does nothing)
     */
    boolean leave(Member member) {
        return leave(member, null);
    }

    /**
     * Removes a member and tells the rest how: {@code removed} is {@link UserNotification#KICKED} or
     * {@link UserNotification#BANNED} when the host removed it, null when it left.
     */
    boolean leave(Member member, String removed) {
        String key = Usernames.key(member.username());
        lock.lock();
        try {
            if (!isCurrent(key, member)) {
                return false;
            }
            members.remove(key);
            recipients.remove(member.connection());
            if (typing.remove(key)) {
                broadcastLocked(new TypingNotice(member.username(), false), null);
            }
            broadcastLocked(new UserNotification(member.username(), false, removed), null);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Broadcasts a member's chat line and keeps it in the history, unless the member was removed meanwhile (kicked,
     * banned).
     */
    void say(Member member, ChatMessage message) {
        // Encoded before taking the lock: every connection's reader speaks through it.
        byte[] line = codec.encode(message);
        String key = Usernames.key(member.username());
        boolean kept = false;
        lock.lock();
        try {
            if (isCurrent(key, member)) {
                broadcastLocked(line, null);
                history.add(message, line.length);
                kept = history.isOn();
            }
        } finally {
            lock.unlock();
        }
        if (kept) {
            historyChanged.run();
        }
    }

    /** Tells everyone but the typer, and only when the status changes. */
    void typing(Member member, boolean isTyping) {
        String key = Usernames.key(member.username());
        lock.lock();
        try {
            if (!isCurrent(key, member)) {
                return;
            }
            boolean changed = isTyping ? typing.add(key) : typing.remove(key);
            if (changed) {
                broadcastLocked(new TypingNotice(member.username(), isTyping), member);
            }
        } finally {
            lock.unlock();
        }
    }

    // Identity on purpose: a member is one join. A later join under the same name is another member, even where its
    // record happens to be equal, and what the old join still says or does must not count as the new one's.
    @SuppressWarnings("ReferenceEquality")
    private boolean isCurrent(String key, Member member) {
        return members.get(key) == member;
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    boolean isOnline(String username) {
        return locked(() -> members.containsKey(Usernames.key(username)));
    }

    Optional<Member> find(String username) {
        return locked(() -> Optional.ofNullable(members.get(Usernames.key(username))));
    }

    /** Members sorted by name, ignoring case. */
    List<Member> members() {
        return locked(() -> new ArrayList<>(members.values()));
    }

    private void broadcastLocked(ServerMessage message, Member except) {
        broadcastLocked(codec.encode(message), except);
    }

    private void broadcastLocked(byte[] line, Member except) {
        recipients.send(line, except == null ? null : except.connection());
    }
}
