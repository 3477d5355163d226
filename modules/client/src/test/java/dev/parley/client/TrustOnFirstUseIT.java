package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.testroom.FakeTlsRoom;
import dev.parley.testroom.FakeTlsRoom.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's TLS and trust on first use (docs/protocol.md, "Clients and trust on first use"), against a stand-in
 * room showing test certificate A or B, or speaking plain JSON, on one address.
 */
class TrustOnFirstUseIT {

    private static final Fingerprint A = FakeTlsRoom.fingerprint(Mode.ROOM_A);
    private static final Fingerprint B = FakeTlsRoom.fingerprint(Mode.ROOM_B);

    private final List<AutoCloseable> open = new ArrayList<>();
    private final KnownRooms known = KnownRooms.inMemory();
    private final RecordingPrompt prompt = new RecordingPrompt();

    /** Answers as told, and keeps what it was asked. */
    private static final class RecordingPrompt implements TrustPrompt {
        final List<String> asked = new ArrayList<>();
        boolean trustNew = true;
        boolean trustChanged;

        @Override
        public synchronized boolean trustNew(String room, Fingerprint presented) {
            asked.add("new " + room + " " + presented);
            return trustNew;
        }

        @Override
        public synchronized boolean trustChanged(String room, Fingerprint was, Fingerprint presented) {
            asked.add("changed " + room + " " + was + " -> " + presented);
            return trustChanged;
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private FakeTlsRoom room(Mode mode) throws Exception {
        var room = new FakeTlsRoom(mode);
        open.add(room);
        return room;
    }

    private ParleyClient join(FakeTlsRoom room) throws Exception {
        ParleyClient client = ParleyClient.connect(room.host(), room.port(), new RoomTrust.OnFirstUse(known, prompt));
        open.add(client);
        return client;
    }

    private static String key(FakeTlsRoom room) {
        return KnownRooms.key(room.host(), room.port());
    }

    /** Logs in and chats over the connection: it carries the protocol, not only a handshake. */
    private static void chats(ParleyClient client) throws Exception {
        var hears = new RecordingListener();
        client.addListener(hears);
        assertThat(client.login("alice", "pw".toCharArray()).get(10, TimeUnit.SECONDS))
                .isEqualTo(new AuthResult.LoggedIn("alice"));
        client.sendMessage("over TLS");
        hears.await(ChatMessage.class, m -> m.message().equals("over TLS"));
    }

    @Test
    void theFirstUseAsksShowingTheFingerprintAndRemembersIt() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_A);

        ParleyClient client = join(room);

        assertThat(prompt.asked).containsExactly("new " + key(room) + " " + A);
        assertThat(client.security()).isEqualTo(new ConnectionSecurity.TrustedNow(A));
        assertThat(client.security().encrypted()).isTrue();
        assertThat(known.fingerprintOf(key(room))).contains(A);
        chats(client);
        // What the client sends first is a TLS handshake record (0x16) on each connection: the one refused while the
        // person was asked, and the one made once trusted.
        assertThat(room.firstBytes()).containsExactly(0x16, 0x16);
    }

    @Test
    void theSameFingerprintLaterIsVerifiedWithoutAsking() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_A);
        join(room).close();
        prompt.asked.clear();

        ParleyClient again = join(room);

        assertThat(prompt.asked).isEmpty();
        assertThat(again.security()).isEqualTo(new ConnectionSecurity.Verified(A));
        chats(again);
    }

    @Test
    void aNewRoomNotTrustedIsNotJoinedNorRemembered() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_A);
        prompt.trustNew = false;

        assertThatThrownBy(() -> join(room))
                .isInstanceOfSatisfying(
                        RoomNotTrustedException.class,
                        e -> assertThat(e.presented()).isEqualTo(A));
        assertThat(known.all()).isEmpty();
    }

    @Test
    void anotherCertificateOnTheSameAddressIsRefusedWithBothFingerprints() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_A);
        join(room).close();
        room.serve(Mode.ROOM_B);

        assertThatThrownBy(() -> join(room)).isInstanceOfSatisfying(RoomIdentityChangedException.class, e -> {
            assertThat(e.room()).isEqualTo(key(room));
            assertThat(e.known()).isEqualTo(A);
            assertThat(e.presented()).isEqualTo(B);
            assertThat(e.getMessage()).contains(A.toString()).contains(B.toString());
        });
        assertThat(prompt.asked).last().isEqualTo("changed " + key(room) + " " + A + " -> " + B);
        assertThat(known.fingerprintOf(key(room))).contains(A);
        assertThat(room.handshakes()).isEqualTo(1);
    }

    @Test
    void onlyADeliberateAcceptReplacesTheFingerprint() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_A);
        join(room).close();
        room.serve(Mode.ROOM_B);
        prompt.trustChanged = true;

        ParleyClient client = join(room);

        assertThat(client.security()).isEqualTo(new ConnectionSecurity.TrustedNow(B));
        assertThat(known.fingerprintOf(key(room))).contains(B);
        chats(client);
        client.close();
        // and A, once trusted, is now the stranger
        room.serve(Mode.ROOM_A);
        prompt.trustChanged = false;
        assertThatThrownBy(() -> join(room)).isInstanceOf(RoomIdentityChangedException.class);
    }

    @Test
    void aPinnedClientRefusesAnyOtherCertificate() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_B);

        assertThatThrownBy(() -> ParleyClient.connect(room.host(), room.port(), new RoomTrust.Pinned(A)))
                .isInstanceOfSatisfying(RoomIdentityChangedException.class, e -> {
                    assertThat(e.known()).isEqualTo(A);
                    assertThat(e.presented()).isEqualTo(B);
                });
        room.serve(Mode.ROOM_A);
        try (var client = ParleyClient.connect(room.host(), room.port(), new RoomTrust.Pinned(A))) {
            assertThat(client.security()).isEqualTo(new ConnectionSecurity.Verified(A));
        }
    }

    @Test
    void anUnknownPlainRoomIsJoinedAndReportedPlain() throws Exception {
        FakeTlsRoom room = room(Mode.PLAIN);

        ParleyClient client = join(room);

        assertThat(client.security()).isEqualTo(new ConnectionSecurity.Plain());
        assertThat(client.security().encrypted()).isFalse();
        assertThat(prompt.asked).isEmpty();
        assertThat(known.all()).isEmpty();
        chats(client);
        // a TLS handshake first, answered as an older room answers it; then plain JSON
        assertThat(room.firstBytes()).containsExactly(0x16, (int) '{');
    }

    @Test
    void aRoomKnownWithTlsThatAnswersPlainIsRefused() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_A);
        join(room).close();
        room.serve(Mode.PLAIN);

        assertThatThrownBy(() -> join(room)).isInstanceOfSatisfying(EncryptionMissingException.class, e -> {
            assertThat(e.known()).isEqualTo(A);
            assertThat(e.getMessage()).contains("will not join it unencrypted");
        });
        // no plain connection was made: every connection began with a handshake
        assertThat(room.firstBytes()).containsOnly(0x16);
    }

    @Test
    void theDefaultConnectEncryptsWithoutVerifying() throws Exception {
        FakeTlsRoom room = room(Mode.ROOM_B);
        try (var client = ParleyClient.connect(room.host(), room.port())) {
            assertThat(client.security()).isEqualTo(new ConnectionSecurity.Unverified(B));
            chats(client);
        }
    }
}
