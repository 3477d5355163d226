package dev.parley.ui;

import static dev.parley.ui.UiDriver.awaitContains;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.server.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The login dialog's refusals. */
class LoginIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void threeWrongPasswordsCloseTheLogin() throws Exception {
        var server = TestHosting.startServer(
                dir.resolve("room"),
                ServerConfig.builder().port(0).bindAddress("127.0.0.1").build());
        try {
            try (var dave = ParleyClient.connect("127.0.0.1", server.port())) {
                dave.register("dave", "right".toCharArray()).get(10, TimeUnit.SECONDS);
            }
            ui.app(new TestHosting(dir.resolve("unused"))).join(new RoomAddress("127.0.0.1", server.port()));
            ui.trustIfAsked();
            DialogFixture login = ui.dialog("loginDialog");
            for (int attempt = 1; attempt <= 2; attempt++) {
                login.textBox("username").setText("dave");
                login.textBox("password").setText("wrong" + attempt);
                login.button("submit").click();
                String left = (3 - attempt) + (attempt == 2 ? " attempt left" : " attempts left");
                awaitContains(() -> login.label("status").text(), left);
            }
            login.textBox("password").setText("wrong3");
            login.button("submit").click();

            assertThat(ui.acknowledge("loginNotice", login.target())).contains("No attempts left");
        } finally {
            server.stop();
        }
    }
}
