package dev.parley.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.client.NotAParleyRoomException;
import dev.parley.client.RoomInfo;
import dev.parley.protocol.message.ErrorCode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Tells a Parley room from whatever else listens at an address, by the first thing it answers to {@code room_info}
 * (docs/protocol.md, "Room, history and removals"): a {@code room} describes it; {@code error unknown_type} is an
 * older room; another message with a {@code type} is a room that had something else to say first (a ban, a limit);
 * silence is a server written to the spec, which may skip a type it does not know without a word: joined, nameless.
 * Anything else is not a room. Fed on the reading thread, awaited on the connecting one.
 */
public final class RoomProbe {

    /**
     * How long a room has to describe itself before the client goes on without a description: a Parley room on a
     * LAN answers in milliseconds, a spec server never does.
     */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

    private final String address;
    private final Supplier<byte[]> answered;
    /** The room's description, or empty for a room that gave none; fails with {@link NotAParleyRoomException}. */
    private final CompletableFuture<Optional<RoomInfo>> verdict = new CompletableFuture<>();

    /**
     * @param address "host:port", to name it in the failure
     * @param answered the first bytes it sent, to show them in the failure
     */
    public RoomProbe(String address, Supplier<byte[]> answered) {
        this.address = address;
        this.answered = answered;
    }

    public boolean pending() {
        return !verdict.isDone();
    }

    /**
     * The first whole object, or empty when it is none; true when it was the answer to the probe (nobody else's
     * business), false when the client should handle it as usual.
     */
    public boolean offer(Optional<JsonNode> object) {
        if (!pending()) {
            return false;
        }
        String type = object.map(ContractFields::type).orElse(null);
        if (type == null) {
            fail(PrintableAnswer.describe(answered.get()));
            return true;
        }
        JsonNode node = object.orElseThrow();
        if (type.equals("room")) {
            verdict.complete(Optional.of(ContractFields.roomInfo(node)));
            return true;
        }
        verdict.complete(Optional.empty());
        // An older room's answer to a type it does not know is the probe's; anything else is news for the session.
        return type.equals("error")
                && node.path("code").isTextual()
                && node.path("code").asText().equals(ErrorCode.UNKNOWN_TYPE.wireName());
    }

    /** The first thing it sent was not a JSON object. */
    public void unreadable() {
        if (pending()) {
            fail(PrintableAnswer.describe(answered.get()));
        }
    }

    /** The connection ended. */
    public void ended() {
        if (pending()) {
            byte[] bytes = answered.get();
            fail(bytes.length == 0 ? "it closed the connection without answering" : PrintableAnswer.describe(bytes));
        }
    }

    /**
     * Waits for the verdict.
     *
     * @return what the room said of itself, or empty for a room that did not say (an older Parley room, or a spec
     *     server that was silent for {@code within})
     * @throws NotAParleyRoomException it answered something that is not Parley, or closed without answering
     */
    public Optional<RoomInfo> await(Duration within) throws IOException {
        try {
            try {
                return verdict.get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException silent) {
                // later lines are the session's; unless the verdict came just now, in which case it stands
                verdict.complete(Optional.empty());
                return verdict.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotAParleyRoomException n) {
                throw n;
            }
            throw new IOException("The connection to " + address + " failed.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + address + " to answer");
        }
    }

    private void fail(String why) {
        verdict.completeExceptionally(new NotAParleyRoomException(address, why));
    }
}
