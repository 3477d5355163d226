package dev.parley.server.room;

import dev.parley.server.ServerConfig;
import java.time.Duration;

/**
 * One member's budgets after login: a token bucket each for chat messages, typing changes and user-list requests.
 * A request past its budget is refused (not broadcast); refusals have a budget of their own, and a member that
 * keeps sending far past the limits spends it and is closed. Used by that connection's reader thread only.
 */
final class FloodControl {

    /** What a member asks of the room, each with its own budget. */
    enum Kind {
        MESSAGE("chat messages"),
        TYPING("typing changes"),
        USER_LIST("user lists");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    /** What to do with one request. */
    sealed interface Verdict {
        /** Go ahead. */
        record Allowed() implements Verdict {}

        /** Refuse this request; the next token comes in {@code retryAfter}. */
        record Refused(Duration retryAfter) implements Verdict {}

        /** Refused once too often: close the connection. */
        record Flooding() implements Verdict {}
    }

    /**
     * Refusals a member may earn in a burst, and one more each second: a client whose timer misfires now and then
     * never meets it; one that sends as fast as it can meets it within a fraction of a second.
     */
    static final TokenBucket.Rate REFUSALS = new TokenBucket.Rate(20, Duration.ofSeconds(1));
    /** Typing changes and user lists may come in a burst of this many seconds' worth. */
    static final int TYPING_BURST_SECONDS = 2;

    static final int USER_LIST_BURST = 3;

    private static final Verdict ALLOWED = new Verdict.Allowed();

    private final ServerConfig config;
    private final TokenBucket messages;
    private final TokenBucket typing;
    private final TokenBucket userLists;
    private final TokenBucket refusals;

    FloodControl(ServerConfig config, long nowMillis) {
        this.config = config;
        this.messages = new TokenBucket(
                TokenBucket.Rate.perSecond(config.chatMessagesPerSecond(), config.chatMessageBurst()), nowMillis);
        this.typing = new TokenBucket(
                TokenBucket.Rate.perSecond(
                        config.typingChangesPerSecond(), config.typingChangesPerSecond() * TYPING_BURST_SECONDS),
                nowMillis);
        this.userLists =
                new TokenBucket(TokenBucket.Rate.perSecond(config.userListsPerSecond(), USER_LIST_BURST), nowMillis);
        this.refusals = new TokenBucket(REFUSALS, nowMillis);
    }

    Verdict take(Kind kind, long nowMillis) {
        TokenBucket budget = switch (kind) {
            case MESSAGE -> messages;
            case TYPING -> typing;
            case USER_LIST -> userLists;
        };
        if (budget.tryTake(nowMillis)) {
            return ALLOWED;
        }
        if (!refusals.tryTake(nowMillis)) {
            return new Verdict.Flooding();
        }
        return new Verdict.Refused(Duration.ofMillis(budget.millisUntilToken(nowMillis)));
    }

    /** The words of a refusal: what the limit is, and when to try again. */
    String refusalText(Kind kind, Duration retryAfter) {
        int perSecond = switch (kind) {
            case MESSAGE -> config.chatMessagesPerSecond();
            case TYPING -> config.typingChangesPerSecond();
            case USER_LIST -> config.userListsPerSecond();
        };
        return "Slow down: this room takes at most " + perSecond + " " + kind.words + " a second. Try again in "
                + Math.max(1, retryAfter.toMillis()) + " ms.";
    }
}
