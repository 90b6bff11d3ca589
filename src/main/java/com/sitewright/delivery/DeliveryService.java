package com.sitewright.delivery;

import com.sitewright.assets.AssetBytes;
import com.sitewright.assets.AssetDelivery;
import com.sitewright.assets.AssetFile;
import com.sitewright.assets.DeliveryAsset;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.DeliveryContent;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What a site may read through the delivery API: only its own project; with a production token the
 * published copy (an item that was never published is "not found" there, exactly like a missing one,
 * and a draft change shows only once it is published), with a preview token the working copy.
 */
@Service
@PreAuthorize("hasRole('" + DeliveryPrincipal.ROLE + "')")
public class DeliveryService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ContentModels model;
    private final DeliveryContent content;
    private final AssetDelivery assets;

    DeliveryService(ContentModels model, DeliveryContent content, AssetDelivery assets) {
        this.model = model;
        this.content = content;
        this.assets = assets;
    }

    public record Page(List<ContentItemRow> items, long total, int page, int size) {}

    public DeliveryKind kind(UUID projectId) {
        return reader(projectId).kind();
    }

    public List<ContentTypeDefinition> contentTypes(UUID projectId) {
        reader(projectId);
        return model.load(projectId);
    }

    public Page items(UUID projectId, ContentQuery query, int page, int size) {
        DeliveryPrincipal reader = reader(projectId);
        ContentTypeDefinition type = query.typeKey() == null ? null : type(projectId, query.typeKey());
        for (String field : query.equals().keySet()) {
            if (type == null || type.field(field).isEmpty()) {
                throw new InvalidInputException(
                        "Filter on the fields of a type: pass type= and a field of it, not '" + field + "'.");
            }
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidInputException("That page is beyond the last item.");
        }
        ContentCopy copy = copyFor(reader);
        DeliveryContent.DeliveryPage found = content.pageWithTotal(projectId, copy, query, type, (int) offset, size);
        return new Page(found.items(), found.total(), page, size);
    }

    public ContentItemRow item(UUID projectId, UUID itemId) {
        DeliveryPrincipal reader = reader(projectId);
        return content.item(projectId, copyFor(reader), itemId)
                .orElseThrow(() -> new NotFoundException("No such item"));
    }

    public ContentItemRow itemBySlug(UUID projectId, String typeKey, String slug) {
        DeliveryPrincipal reader = reader(projectId);
        return content.itemBySlug(projectId, copyFor(reader), typeKey, slug)
                .orElseThrow(() -> new NotFoundException("No " + typeKey + " with the slug '" + slug + "'"));
    }

    /**
     * The items' data with every asset field value giving the addresses this reader may load the image and its
     * responsive copies from (see {@link AssetLinks}), in the order given.
     */
    public List<Map<String, Object>> withAssetLinks(UUID projectId, List<Map<String, Object>> data) {
        DeliveryPrincipal reader = reader(projectId);
        Set<UUID> ids = AssetLinks.assetIds(data);
        Map<UUID, DeliveryAsset> found = assets.forDelivery(projectId, ids);
        return data.stream()
                .map(values -> AssetLinks.resolve(values, projectId, reader.kind(), found))
                .toList();
    }

    /**
     * An image of the project, or its copy the given pixels wide: any of the project's images for a preview token,
     * only one a published item shows for a production token.
     */
    public AssetBytes asset(UUID projectId, UUID assetId, @Nullable Integer width) {
        DeliveryPrincipal reader = reader(projectId);
        if (!reader.seesDrafts()
                && content.publishedMentions(projectId, List.of(assetId)).isEmpty()) {
            throw new NotFoundException("No such asset");
        }
        return assets.openForDelivery(projectId, assetId, width)
                .orElseThrow(() -> new NotFoundException(
                        width == null ? "No such asset" : "No copy of that asset " + width + " pixels wide"));
    }

    /**
     * Published bytes by their content address, for anyone: the address is the sha-256 of the bytes and their type,
     * so what it answers never changes. Only bytes of the project that a published item's image uses are served;
     * anything else (another project's, a draft's, unknown) is "not found".
     */
    @PreAuthorize("permitAll()")
    public AssetBytes publishedFile(UUID projectId, String name) {
        int dot = name.lastIndexOf('.');
        String sha256 = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        if (!SHA256.matcher(sha256).matches()) {
            throw new NotFoundException("No such file: files are named <sha-256>.<type>, in lower-case hex");
        }
        AssetFile file = assets.file(projectId, sha256)
                .filter(found -> found.extension().equals(extension))
                .filter(found ->
                        !content.publishedMentions(projectId, found.assetIds()).isEmpty())
                .orElseThrow(() -> new NotFoundException("No such file"));
        return assets.open(file);
    }

    private ContentTypeDefinition type(UUID projectId, String typeKey) {
        return model.load(projectId).stream()
                .filter(type -> type.key().equals(typeKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No content type '" + typeKey + "'"));
    }

    private static ContentCopy copyFor(DeliveryPrincipal reader) {
        return reader.seesDrafts() ? ContentCopy.WORKING : ContentCopy.PUBLISHED;
    }

    /** The token's project must be the one asked for; any other project looks like a missing one. */
    private static DeliveryPrincipal reader(UUID projectId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof DeliveryPrincipal principal
                && principal.projectId().equals(projectId)) {
            return principal;
        }
        throw new NotFoundException("No such project");
    }
}
