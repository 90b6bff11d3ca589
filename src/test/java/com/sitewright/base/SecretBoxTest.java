package com.sitewright.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(new byte[32]);
    private final UUID project = UUID.randomUUID();

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        String sealed = box.seal("CFPAT-very-secret-token", project);
        assertThat(sealed).startsWith("v1:").doesNotContain("very-secret");
        assertThat(box.open(sealed, project)).isEqualTo("CFPAT-very-secret-token");
        assertThat(box.seal("CFPAT-very-secret-token", project)).isNotEqualTo(sealed);
    }

    @Test
    void refusesATamperedCiphertext() {
        String sealed = box.seal("secret-value", project);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 5] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> box.open(tampered, project)).isInstanceOf(SecretBox.SecretRefusedException.class);
        assertThatThrownBy(() -> box.open("v1:not base64!", project))
                .isInstanceOf(SecretBox.SecretRefusedException.class);
        assertThatThrownBy(() -> box.open("plain", project)).isInstanceOf(SecretBox.SecretRefusedException.class);
    }

    @Test
    void refusesAValueMovedToAnotherProjectOrOpenedWithAnotherKey() {
        String sealed = box.seal("secret-value", project);
        assertThatThrownBy(() -> box.open(sealed, UUID.randomUUID()))
                .isInstanceOf(SecretBox.SecretRefusedException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new SecretBox(other).open(sealed, project))
                .isInstanceOf(SecretBox.SecretRefusedException.class);
    }

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(SecretBox.mask("CFPAT-abcdefghijklmnopcdef")).isEqualTo("••••••cdef");
        assertThat(SecretBox.mask("short")).isEqualTo("••••••");
        assertThat(SecretBox.isMask("••••••cdef")).isTrue();
        assertThat(SecretBox.isMask("cdef")).isFalse();
    }

    @Test
    void createsAnOwnerOnlyKeyFileOnceAndPrefersAConfiguredKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/secrets.key");
        String sealed = SecretBox.configured("", file).seal("kept", project);
        assertThat(Files.size(file)).isEqualTo(32);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(SecretBox.configured(null, file).open(sealed, project)).isEqualTo("kept");

        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(SecretBox.configured(configured, file).open(box.seal("x", project), project))
                .isEqualTo("x");
        assertThatThrownBy(() -> SecretBox.configured("c2hvcnQ=", file)).isInstanceOf(IllegalStateException.class);
    }
}
