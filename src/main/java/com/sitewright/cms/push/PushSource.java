package com.sitewright.cms.push;

import com.sitewright.assets.AssetContent;
import com.sitewright.assets.AssetService;
import com.sitewright.assets.AssetSummary;
import com.sitewright.content.ContentJobs;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.security.ActingUser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads what a push writes: the project's content model, its items (walked in batches) and its images. */
@Component
class PushSource {

    private static final int ASSET_PAGE = 200;

    private final ContentModels models;
    private final ContentJobs content;
    private final AssetService assets;
    private final ActingUser acting;

    PushSource(ContentModels models, ContentJobs content, AssetService assets, ActingUser acting) {
        this.models = models;
        this.content = content;
        this.assets = assets;
        this.acting = acting;
    }

    List<ContentTypeDefinition> model(UUID projectId) {
        return models.load(projectId);
    }

    /** A walk over the project's items as the vendor will write them. */
    ItemPass items(
            CmsVendor vendor,
            Map<String, ContentTypeDefinition> types,
            Map<UUID, String> assetKeys,
            Set<String> refusedTypes) {
        return new ItemPass(content, vendor, types, assetKeys, refusedTypes);
    }

    /** The project's whole image library, read page by page. */
    List<AssetSummary> library(UUID projectId) {
        List<AssetSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<AssetSummary> found = assets.page(projectId, null, page, ASSET_PAGE);
            all.addAll(found);
            if (found.size() < ASSET_PAGE) {
                return all;
            }
        }
    }

    /** The image's bytes, read as the person who pushes, or null when the studio's storage cannot give them. */
    byte[] bytesOf(UUID userId, UUID projectId, AssetSummary asset) {
        return acting.as(userId, () -> {
            try (AssetContent opened = assets.open(projectId, asset.id())) {
                return opened.bytes().readAllBytes();
            } catch (IOException e) {
                return null;
            }
        });
    }
}
