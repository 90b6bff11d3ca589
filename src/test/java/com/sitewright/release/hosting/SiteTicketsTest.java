package com.sitewright.release.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.base.StudioSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTicketsTest {

    @TempDir
    Path dataDir;

    @Test
    void aTicketIsBoundToItsSiteAndCannotBeAltered() {
        SiteTickets tickets = new SiteTickets(new StudioSettings(dataDir, null, 500));
        Instant expires = Instant.now().plusSeconds(3600);
        UUID grant = UUID.randomUUID();
        String ticket = tickets.issue("preview-a", expires, SiteTickets.Holder.share(grant));

        var verified = tickets.verify(ticket, "preview-a");
        assertThat(verified).isPresent();
        assertThat(verified.get().expired(Instant.now())).isFalse();
        assertThat(verified.get().expiresAt().getEpochSecond()).isEqualTo(expires.getEpochSecond());
        assertThat(verified.get().holder()).isEqualTo(SiteTickets.Holder.share(grant));
        assertThat(tickets.verify(ticket, "preview-b")).isEmpty();

        // A character inside the signature: the last one also carries padding bits that decoding ignores.
        int at = ticket.length() - 5;
        char altered = ticket.charAt(at) == 'A' ? 'B' : 'A';
        assertThat(tickets.verify(ticket.substring(0, at) + altered + ticket.substring(at + 1), "preview-a"))
                .isEmpty();
        assertThat(tickets.verify("garbage", "preview-a")).isEmpty();
        assertThat(tickets.verify("a.b.c", "preview-a")).isEmpty();
        assertThat(tickets.verify("x".repeat(2000), "preview-a")).isEmpty();
    }

    @Test
    void theKeyAndItsFolderAreCreatedForTheStudiosUserOnly() throws Exception {
        Path fresh = dataDir.resolve("fresh-data");
        new SiteTickets(new StudioSettings(fresh, null, 500));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("keys"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("keys/site-tickets.key"))))
                .isEqualTo("rw-------");
        assertThat(Files.size(fresh.resolve("keys/site-tickets.key"))).isEqualTo(32);
        try (var left = Files.list(fresh.resolve("keys"))) {
            assertThat(left).as("no temporary file is left").hasSize(1);
        }
    }

    @Test
    void expiredTicketsAreRecognisedAndTheKeySurvivesARestart() {
        SiteTickets first = new SiteTickets(new StudioSettings(dataDir, null, 500));
        String ticket =
                first.issue("preview-a", Instant.now().minusSeconds(1), SiteTickets.Holder.share(UUID.randomUUID()));
        SiteTickets afterRestart = new SiteTickets(new StudioSettings(dataDir, null, 500));

        assertThat(afterRestart.verify(ticket, "preview-a"))
                .hasValueSatisfying(t -> assertThat(t.expired(Instant.now())).isTrue());
        assertThat(new SiteTickets(new StudioSettings(dataDir.resolve("other"), null, 500)).verify(ticket, "preview-a"))
                .as("another studio's key")
                .isEmpty();
    }

    @Test
    void aStudioTicketNamesItsUserAndOneWithoutAHolderIsRefused() {
        SiteTickets tickets = new SiteTickets(new StudioSettings(dataDir, null, 500));
        UUID user = UUID.randomUUID();
        Instant now = Instant.now();
        String ticket = tickets.issue(
                "preview-a", now.plusSeconds(300), now.plusSeconds(3600), SiteTickets.Holder.user(user, "editor.one"));
        assertThat(tickets.verify(ticket, "preview-a")).hasValueSatisfying(verified -> {
            assertThat(verified.holder().kind()).isEqualTo(SiteTickets.HolderKind.USER);
            assertThat(verified.holder().id()).isEqualTo(user);
            assertThat(verified.holder().name()).isEqualTo("editor.one");
        });

        // A correctly signed ticket in the earlier form, with no holder to check, admits nobody.
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("preview-a|" + now.plusSeconds(300).getEpochSecond() + "|"
                                + now.plusSeconds(300).getEpochSecond())
                        .getBytes(StandardCharsets.UTF_8));
        String legacy = payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tickets.sign(payload));
        assertThat(tickets.verify(legacy, "preview-a")).isEmpty();
    }
}
