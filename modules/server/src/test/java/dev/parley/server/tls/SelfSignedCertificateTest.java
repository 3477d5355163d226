package dev.parley.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.tls.Fingerprint;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("9999-12-31T23:59:59Z");

    private static KeyPair p256() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** The bytes as any X.509 reader sees them, not the object this class built. */
    private static X509Certificate reparse(X509Certificate certificate) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
    }

    @Test
    void isAVersion3CertificateOfTheKeySignedByIt() throws Exception {
        KeyPair keys = p256();
        var serial = new BigInteger("123456789abcdef0123456789abcdef", 16);

        X509Certificate c = reparse(SelfSignedCertificate.create(keys, "Friday night", FROM, UNTIL, serial));

        assertThat(c.getVersion()).isEqualTo(3);
        assertThat(c.getSerialNumber()).isEqualTo(serial);
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(c.getSigAlgOID()).isEqualTo("1.2.840.10045.4.3.2");
        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=Friday night");
        assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
        assertThat(c.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(((ECPublicKey) c.getPublicKey())
                        .getParams()
                        .getCurve()
                        .getField()
                        .getFieldSize())
                .isEqualTo(256);
        c.verify(keys.getPublic()); // throws if the signature is wrong
    }

    @Test
    void validityCoversTheGivenSpanAcrossTheUtcTimeToGeneralizedTimeSwitch() throws Exception {
        X509Certificate c = reparse(SelfSignedCertificate.create(p256(), "room", FROM, UNTIL, BigInteger.ONE));

        assertThat(c.getNotBefore().toInstant()).isEqualTo(FROM);
        assertThat(c.getNotAfter().toInstant()).isEqualTo(UNTIL);
        c.checkValidity(Date.from(Instant.parse("2100-06-01T00:00:00Z")));
    }

    @Test
    void saysItIsNoAuthorityAndSignsOnly() throws Exception {
        X509Certificate c = reparse(SelfSignedCertificate.create(p256(), "room", FROM, UNTIL, BigInteger.TEN));

        assertThat(c.getBasicConstraints()).isEqualTo(-1);
        assertThat(c.getKeyUsage()).startsWith(true, false, false, false, false, false);
        assertThat(c.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
        assertThat(c.getNonCriticalExtensionOIDs()).isEmpty();
    }

    @Test
    void aLongNameAndUnicodeNeedLongFormLengths() throws Exception {
        String name = "Salon de thé ☕ ".repeat(20).strip();

        X509Certificate c = reparse(SelfSignedCertificate.create(p256(), name, FROM, UNTIL, BigInteger.ONE));

        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=" + name);
    }

    @Test
    void anotherKeyDoesNotVerifyIt() throws Exception {
        X509Certificate c = SelfSignedCertificate.create(p256(), "room", FROM, UNTIL, BigInteger.ONE);

        assertThatThrownBy(() -> c.verify(p256().getPublic())).isInstanceOf(SignatureException.class);
    }

    @Test
    void eachCertificateHasItsOwnFingerprint() throws Exception {
        KeyPair keys = p256();
        var a = SelfSignedCertificate.create(keys, "room", FROM, UNTIL, BigInteger.ONE);
        var b = SelfSignedCertificate.create(keys, "room", FROM, UNTIL, BigInteger.TWO);

        assertThat(Fingerprint.of(a)).isNotEqualTo(Fingerprint.of(b));
    }

    @Test
    void refusesNonsense() throws Exception {
        KeyPair keys = p256();
        assertThatThrownBy(() -> SelfSignedCertificate.create(keys, "room", FROM, UNTIL, BigInteger.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfSignedCertificate.create(keys, "room", FROM, UNTIL, BigInteger.TWO.pow(160)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfSignedCertificate.create(keys, "room", UNTIL, FROM, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomSerialsArePositiveAndFit() {
        var random = new java.security.SecureRandom();
        for (int i = 0; i < 200; i++) {
            BigInteger serial = SelfSignedCertificate.randomSerial(random);
            assertThat(serial.signum()).isPositive();
            assertThat(serial.toByteArray().length).isLessThanOrEqualTo(20);
        }
    }
}
