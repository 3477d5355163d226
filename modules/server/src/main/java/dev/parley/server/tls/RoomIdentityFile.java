package dev.parley.server.tls;

import dev.parley.accounts.StoreException;
import dev.parley.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room's identity kept in its data directory as a PKCS12 file: made on first start, the same on every start
 * after, so clients that remember its fingerprint keep trusting it. Written like the other stores (a whole new file
 * renamed over the old one), readable by its owner only where the file system allows. A file that cannot be read is
 * set aside and a new identity made: the room then has a new fingerprint, which the log says loudly.
 */
public final class RoomIdentityFile {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "room-identity.p12";

    private static final Logger LOG = LoggerFactory.getLogger(RoomIdentityFile.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RoomIdentityFile() {}

    /**
     * Loads the identity from {@code file}, or makes one (CN = {@code roomName}) and saves it there.
     *
     * @throws StoreException when it can be neither read nor made and saved
     */
    public static RoomIdentity loadOrCreate(Path file, String roomName, Clock clock) throws StoreException {
        if (Files.exists(file)) {
            try {
                RoomIdentity identity = read(file);
                LOG.info("Room certificate fingerprint (SHA-256): {}", identity.fingerprint());
                return identity;
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                Path aside = setAside(file, clock);
                RoomIdentity fresh = create(file, roomName);
                LOG.warn(
                        "Could not read the room's TLS identity {} ({}); set it aside as {} and made a new one. The"
                                + " room's certificate fingerprint CHANGED to {}: people who joined before will be"
                                + " warned that it changed, and should check it with you.",
                        file,
                        e.toString(),
                        aside.getFileName(),
                        fresh.fingerprint());
                return fresh;
            }
        }
        RoomIdentity fresh = create(file, roomName);
        LOG.info("Made the room's TLS identity {}; certificate fingerprint (SHA-256): {}", file, fresh.fingerprint());
        return fresh;
    }

    static RoomIdentity read(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, RoomIdentity.STORE_PASSWORD);
        }
        if (!(store.getKey(RoomIdentity.ALIAS, RoomIdentity.STORE_PASSWORD) instanceof PrivateKey key)
                || !(store.getCertificate(RoomIdentity.ALIAS) instanceof X509Certificate certificate)) {
            throw new GeneralSecurityException("no key and certificate under \"" + RoomIdentity.ALIAS + "\"");
        }
        // a key that does not match its certificate would fail every handshake: better found here
        certificate.verify(certificate.getPublicKey());
        if (!key.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm())) {
            throw new GeneralSecurityException("the key does not match the certificate");
        }
        return new RoomIdentity(key, certificate);
    }

    private static RoomIdentity create(Path file, String roomName) throws StoreException {
        String name = roomName.isBlank() ? "Parley room" : roomName.strip();
        RoomIdentity identity = RoomIdentity.generate(name);
        try {
            var bytes = new ByteArrayOutputStream();
            identity.keyStore(RoomIdentity.STORE_PASSWORD).store(bytes, RoomIdentity.STORE_PASSWORD);
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("Cannot save the room's TLS identity to " + file + ": " + e.getMessage(), e);
        }
        return identity;
    }

    private static Path setAside(Path file, Clock clock) throws StoreException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return aside;
        } catch (IOException e) {
            throw new StoreException(
                    "Cannot read the room's TLS identity " + file + ", nor move it aside: " + e.getMessage()
                            + ". Move it away and Parley makes a new one.",
                    e);
        }
    }
}
