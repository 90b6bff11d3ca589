package com.sitewright.cms;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ContentService;
import com.sitewright.contentmodel.ContentModelService;
import com.sitewright.contentmodel.ContentTypeDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * What a site may read through the delivery API: only its own project; with a production token the
 * published copy (an item that was never published is "not found" there, exactly like a missing one,
 * and a draft change shows only once it is published), with a preview token the working copy.
 */
@Service
@PreAuthorize("hasRole('" + DeliveryPrincipal.ROLE + "')")
public class DeliveryService {

    private final ContentModelService model;
    private final ContentService content;

    DeliveryService(ContentModelService model, ContentService content) {
        this.model = model;
        this.content = content;
    }

    public record Page(List<ContentItemRow> items, long total, int page, int size) {
    }

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
                throw new InvalidInputException("Filter on the fields of a type: pass type= and a field of it, not '" + field + "'.");
            }
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidInputException("That page is beyond the last item.");
        }
        ContentCopy copy = copyFor(reader);
        ContentService.DeliveryPage found = content.deliveryPageWithTotal(projectId, copy, query, type, (int) offset, size);
        return new Page(found.items(), found.total(), page, size);
    }

    public ContentItemRow item(UUID projectId, UUID itemId) {
        DeliveryPrincipal reader = reader(projectId);
        return content.deliveryItem(projectId, copyFor(reader), itemId)
                .orElseThrow(() -> new NotFoundException("No such item"));
    }

    public ContentItemRow itemBySlug(UUID projectId, String typeKey, String slug) {
        DeliveryPrincipal reader = reader(projectId);
        return content.deliveryItemBySlug(projectId, copyFor(reader), typeKey, slug)
                .orElseThrow(() -> new NotFoundException("No " + typeKey + " with the slug '" + slug + "'"));
    }

    private ContentTypeDefinition type(UUID projectId, String typeKey) {
        return model.load(projectId).stream().filter(type -> type.key().equals(typeKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("No content type '" + typeKey + "'"));
    }

    private static ContentCopy copyFor(DeliveryPrincipal reader) {
        return reader.seesDrafts() ? ContentCopy.WORKING : ContentCopy.PUBLISHED;
    }

    /** The token's project must be the one asked for; any other project looks like a missing one. */
    private static DeliveryPrincipal reader(UUID projectId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DeliveryPrincipal principal
                && principal.projectId().equals(projectId)) {
            return principal;
        }
        throw new NotFoundException("No such project");
    }
}
