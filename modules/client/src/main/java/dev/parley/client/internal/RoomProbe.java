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
 * anything else, or nothing in time, is not a room. Fed on the reading thread, awaited on the connecting one.
 */
public final class RoomProbe {

    /** How long a room has to answer: a room on a LAN answers in milliseconds. */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

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
     * @return what the room said of itself, or empty for a room that did not say (an older room)
     * @throws NotAParleyRoomException it is not a Parley room, or gave no answer within {@code within}
     */
    public Optional<RoomInfo> await(Duration within) throws IOException {
        try {
            return verdict.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            byte[] bytes = answered.get();
            throw new NotAParleyRoomException(
                    address,
                    bytes.length == 0 ? "no answer within " + seconds(within) : PrintableAnswer.describe(bytes));
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

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s >= 1 ? s + (s == 1 ? " second" : " seconds") : d.toMillis() + " ms";
    }
}
