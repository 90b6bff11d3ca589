package com.sitewright.release.preview;

import com.sitewright.base.StudioAddress;
import com.sitewright.delivery.DeliveryKind;
import com.sitewright.delivery.ManagedDeliveryTokens;
import com.sitewright.release.hosting.CmsSiteEnvironment;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.site.NodeToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Installs a preview's npm packages and runs {@code next build}, reading content from the project's CMS or, with a
 * delivery token that lives only as long as the build, from the studio's delivery API.
 */
@Component
class SiteBuild {

    private final NodeToolchain toolchain;
    private final CmsSiteEnvironment cmsEnvironment;
    private final ManagedDeliveryTokens tokens;
    private final StudioAddress studio;

    SiteBuild(
            NodeToolchain toolchain,
            CmsSiteEnvironment cmsEnvironment,
            ManagedDeliveryTokens tokens,
            StudioAddress studio) {
        this.toolchain = toolchain;
        this.cmsEnvironment = cmsEnvironment;
        this.tokens = tokens;
        this.studio = studio;
    }

    /** Builds the site exported to {@code siteDir}, which will be served at {@code url}; returns its build ID. */
    String run(UUID projectId, UUID previewId, Path siteDir, String url, Consumer<String> out) throws IOException {
        NodeToolchain.InstallResult install = toolchain.install(siteDir, out);
        out.accept(
                install.reused()
                        ? "npm packages: shared install reused"
                        : "npm packages installed in " + install.duration().toSeconds() + " s");
        Optional<Map<String, String>> cms = cmsEnvironment.forSite(projectId, SiteKind.PREVIEW);
        if (cms.isPresent()) {
            String provider = cms.get().get("SITEWRIGHT_CMS");
            out.accept("Running next build (it reads every page's content, drafts included, from " + provider + ")");
            Map<String, String> environment = new HashMap<>(cms.get());
            environment.put("SITEWRIGHT_SITE_URL", url.replaceAll("/$", ""));
            toolchain.build(siteDir, environment, out);
        } else {
            out.accept("Running next build (it reads every page's content from the delivery API)");
            var token = tokens.issueManaged(projectId, DeliveryKind.PREVIEW, "Preview build " + previewId);
            try {
                toolchain.build(
                        siteDir,
                        Map.of(
                                "SITEWRIGHT_DELIVERY_URL", studio.loopbackUrl(),
                                "SITEWRIGHT_PROJECT_ID", projectId.toString(),
                                "SITEWRIGHT_DELIVERY_TOKEN", token.secret(),
                                "SITEWRIGHT_SITE_URL", url.replaceAll("/$", "")),
                        out);
            } finally {
                tokens.revokeManaged(token.token().id());
            }
        }
        return Files.readString(siteDir.resolve(".next/BUILD_ID")).strip();
    }
}
