package com.sitewright.content.web;

import com.sitewright.api.ApiParams;
import com.sitewright.api.RestApi;
import com.sitewright.content.ImportReport;
import com.sitewright.content.ItemStatus;
import com.sitewright.content.transfer.TransferFormat;
import com.sitewright.content.transfer.TransferService;
import com.sitewright.model.ContentTypeDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export of a type's items (all, or those a search and status match) as CSV or JSON, and import of such a file:
 * a dry run reports every problem by row and field; a real import writes everything or, with any problem, nothing.
 */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{id}/items")
class TransferApi {

    private final TransferService transfer;

    TransferApi(TransferService transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/export")
    void export(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            HttpServletResponse response)
            throws IOException {
        TransferFormat fileFormat = TransferFormat.of(format);
        String search = ApiParams.search(q);
        ContentTypeDefinition exported = transfer.exportable(id, type);
        ItemStatus itemStatus = StatusParam.of(status);
        response.setContentType(fileFormat.contentType() + ";charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + fileFormat.fileName(exported.key()) + "\"");
        transfer.export(id, exported.key(), search, itemStatus, fileFormat, response.getOutputStream());
    }

    @PostMapping("/import")
    ImportReport importFile(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "true") boolean dryRun,
            HttpServletRequest request)
            throws IOException {
        TransferFormat fileFormat = TransferFormat.of(format);
        // The API's body limit for imports answers 413 before this reads more than MAX_BYTES.
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(TransferService.MAX_BYTES + 1);
        }
        return transfer.importFile(id, type, fileFormat, body, dryRun);
    }
}
