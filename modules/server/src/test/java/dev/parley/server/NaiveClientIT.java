package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.PasswordDigest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients written the way the spec's users write them ({@code sock.send(json.dumps(msg).encode())}: an object, no
 * newline) are served; docs/protocol.md "Transport and framing" is the rule. The server answers one object per line.
 */
class NaiveClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALT = "{\"user\":\"zed\",\"type\":\"salt\"}";

    @TempDir
    Path dir;

    @Test
    void anObjectWithNoNewlineIsAnswered() throws Exception {
        try (var room = TestRoom.start(dir);
                var c = new RawClient(room)) {
            c.write(SALT);

            assertThat(c.nextLine().get("type").asText()).isEqualTo("salt");
        }
    }

    @Test
    void twoObjectsInOneWriteGetTwoAnswersInOrder() throws Exception {
        try (var room = TestRoom.start(dir);
                var c = new RawClient(room)) {
            c.write("{\"user\":\"zed\",\"type\":\"register\"}{\"user\":\"zed\",\"type\":\"salt\"}\n");

            assertThat(c.nextLine().get("type").asText()).isEqualTo("username_register_status");
            assertThat(c.nextLine().get("type").asText()).isEqualTo("salt");
        }
    }

    @Test
    void anObjectSplitOverTwoWritesIsOneRequest() throws Exception {
        try (var room = TestRoom.start(dir);
                var c = new RawClient(room)) {
            c.write(SALT.substring(0, 13));
            c.expectNothingFor(300);
            c.write(SALT.substring(13));

            assertThat(c.nextLine().get("type").asText()).isEqualTo("salt");
        }
    }

    @Test
    void aPrettyPrintedObjectIsOneRequest() throws Exception {
        try (var room = TestRoom.start(dir);
                var c = new RawClient(room)) {
            c.write("{\n  \"user\": \"zed\",\n  \"type\": \"salt\"\n}\n");

            assertThat(c.nextLine().get("type").asText()).isEqualTo("salt");
            c.expectNothingFor(300); // and not an error for each of its lines
        }
    }

    @Test
    void aWholeSessionWithoutNewlines() throws Exception {
        try (var room = TestRoom.start(dir);
                var c = new RawClient(room)) {
            c.write("{\"user\":\"zed\",\"type\":\"register\"}");
            assertThat(c.nextLine().get("taken").asText()).isEqualTo("false");
            c.write(SALT);
            String salt = c.nextLine().get("salt").asText();
            c.write("{\"user\":\"zed\",\"type\":\"login\",\"password\":\"" + PasswordDigest.clientHash("pw", salt)
                    + "\"}");
            assertThat(c.nextLine().get("success").asText()).isEqualTo("true");
            // Beyond the spec, after the login's answer (never before it): what the room is like, then its
            // history, types a spec client does not know and skips.
            assertThat(c.nextLine().get("type").asText()).isEqualTo("room");
            assertThat(c.nextLine().get("type").asText()).isEqualTo("history");
            assertThat(c.nextLine().get("type").asText()).isEqualTo("user_notification");
            c.write("{\"user\":\"zed\",\"type\":\"message\",\"message\":\"no {newline} here\"}"
                    + "{\"user\":\"zed\",\"type\":\"message\",\"message\":\"nor here\"}");

            assertThat(c.nextLine().get("message").asText()).isEqualTo("no {newline} here");
            assertThat(c.nextLine().get("message").asText()).isEqualTo("nor here");
        }
    }

    @Test
    void theDocsPythonClientTalksToARoom() throws Exception {
        assumeTrue(python3Works(), "python3 is not on this machine: the docs' Python client was not run");
        Path script = dir.resolve("client.py");
        Files.writeString(script, pythonClientFromDocs());
        try (var room = TestRoom.start(dir.resolve("room"))) {
            Process python = new ProcessBuilder("python3", script.toString(), String.valueOf(room.server.port()))
                    .redirectErrorStream(true)
                    .start();
            assertThat(python.waitFor(30, TimeUnit.SECONDS))
                    .as("the Python client finished")
                    .isTrue();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(python.exitValue()).as(output).isZero();
            assertThat(output)
                    .containsPattern("'type': 'salt', 'salt': '\\d{32}'")
                    .contains("'type': 'username_register_status', 'taken': 'false'");
        }
    }

    /** The first python block of docs/protocol.md, as a reader would copy it. */
    private static String pythonClientFromDocs() throws IOException {
        Path docs = Path.of("").toAbsolutePath();
        while (!Files.exists(docs.resolve("docs/protocol.md"))) {
            docs = docs.getParent();
        }
        var block = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(docs.resolve("docs/protocol.md")));
        assertThat(block.find()).as("docs/protocol.md has a python block").isTrue();
        return block.group(1);
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A raw socket: writes exactly what it is given, reads the server's lines. */
    private static final class RawClient implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        RawClient(TestRoom room) throws IOException {
            socket = new Socket(room.address().getAddress(), room.address().getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** The next line the server wrote: one JSON object ended by a newline. */
        JsonNode nextLine() throws IOException {
            var line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\n') {
                assertThat(b)
                        .as("the server closed the connection after " + line)
                        .isNotNegative();
                line.write(b);
            }
            JsonNode node = JSON.readTree(line.toByteArray());
            assertThat(node.isObject())
                    .as(line.toString(StandardCharsets.UTF_8))
                    .isTrue();
            return node;
        }

        void expectNothingFor(int millis) throws IOException {
            socket.setSoTimeout(millis);
            try {
                int b = in.read();
                fail("expected no answer yet, got " + (b < 0 ? "the connection closed" : "byte " + b));
            } catch (SocketTimeoutException expected) {
                // nothing came
            } finally {
                socket.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
