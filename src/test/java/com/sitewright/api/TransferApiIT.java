package com.sitewright.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.support.ApiClient;
import com.sitewright.support.IntegrationTest;
import com.sitewright.support.Projects;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Export and import of items through the API on a generated coffee shop: CSV and JSON round trips, a report of
 * every problem by row and field before anything is written, all-or-nothing imports, and files that are not CSV,
 * too large, or full of bad rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    String project;
    String items;

    @BeforeAll
    void createProject() {
        admin = ApiClient.basic(port, "admin", "admin-test-password");
        project = Projects.createAndAwait(admin, "Build me a coffee shop website using Optimizely SaaS");
        items = "/api/v1/projects/" + project + "/items";
    }

    @Test
    void aCsvExportHasEveryItemAndAnEditedCopyImportsAsUpdatesAndNewItems() throws IOException {
        var export = admin.get(items + "/export?type=menuItem&format=csv");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("menuItem.csv");
        List<CSVRecord> rows = parse(export.body());
        assertThat(rows).hasSize(600);
        List<String> header = CSVParser.parse(
                        export.body(), CSVFormat.DEFAULT.builder().setHeader().get())
                .getHeaderNames();
        assertThat(header).startsWith("id", "slug", "status", "name").contains("price", "category");

        // Change one price, and add a new item (no id) that points to an existing category.
        CSVRecord first = rows.getFirst();
        String category = first.get("category");
        StringWriter edited = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                edited,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("id", "name", "price", "category", "description")
                        .get())) {
            printer.printRecord(first.get("id"), first.get("name"), "9.75", category, first.get("description"));
            printer.printRecord(
                    "",
                    "Imported Cardamom Latte",
                    "4.20",
                    category,
                    "A latte with cardamom, imported from a spreadsheet.");
        }
        var dryRun = admin.post(items + "/import?type=menuItem&format=csv&dryRun=true", edited.toString());
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().path("valid").asInt()).isEqualTo(2);
        assertThat(dryRun.json().path("created").asInt()).isEqualTo(1);
        assertThat(dryRun.json().path("updated").asInt()).isEqualTo(1);
        assertThat(dryRun.json().path("written").asBoolean()).isFalse();
        assertThat(price(first.get("id"))).isNotEqualTo("9.75");

        var imported = admin.post(items + "/import?type=menuItem&format=csv&dryRun=false", edited.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("written").asBoolean()).isTrue();
        assertThat(price(first.get("id"))).isEqualTo("9.75");
        JsonNode created =
                admin.get(items + "?type=menuItem&q=Imported%20Cardamom").json();
        assertThat(created.path("total").asInt()).isEqualTo(1);
        assertThat(created.path("items").get(0).path("slug").asString()).isEqualTo("imported-cardamom-latte");
        assertThat(created.path("items").get(0).path("status").asString()).isEqualTo("draft");
    }

    @Test
    void formulasInTextAreExportedAsTextAndImportBackAsTheyWere() throws IOException {
        String formula = "=HYPERLINK(\"https://evil.example\",\"Claim your prize\")";
        String plus = "+1+cmd|' /C calc'!A0";
        JsonNode item = admin.get(items + "?type=menuItem&size=1&page=7")
                .json()
                .path("items")
                .get(0);
        String id = item.path("id").asString();
        var data = new java.util.LinkedHashMap<String, Object>();
        item.path("data").properties().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        data.put("name", plus);
        data.put("description", formula);
        var saved = admin.put(
                items + "/" + id,
                java.util.Map.of("data", data, "version", item.path("version").asLong()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        var export = admin.get(items + "/export?type=menuItem&format=csv&q="
                + java.net.URLEncoder.encode("evil.example", java.nio.charset.StandardCharsets.UTF_8));
        CSVRecord row = parse(export.body()).getFirst();
        assertThat(row.get("description")).isEqualTo("'" + formula);
        assertThat(row.get("name")).isEqualTo("'" + plus);
        assertThat(export.body()).doesNotContain("," + plus).doesNotContain(",\"=HYPERLINK");

        var restore = admin.post(items + "/import?type=menuItem&format=csv&dryRun=false", export.body());
        assertThat(restore.status()).as(restore.body()).isEqualTo(200);
        JsonNode after = admin.get(items + "/" + id).json();
        assertThat(after.path("data").path("description").asString()).isEqualTo(formula);
        assertThat(after.path("data").path("name").asString()).isEqualTo(plus);
    }

    @Test
    void aChangedStatusColumnPublishesOrUnpublishesTheItemsItNames() throws IOException {
        JsonNode draft = admin.get(items + "?type=menuItem&status=draft&size=1")
                .json()
                .path("items")
                .get(0);
        JsonNode published = admin.get(items + "?type=menuItem&status=published&size=1")
                .json()
                .path("items")
                .get(0);
        StringWriter file = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                file, CSVFormat.DEFAULT.builder().setHeader("id", "status").get())) {
            printer.printRecord(draft.path("id").asString(), "published");
            printer.printRecord(published.path("id").asString(), "draft");
        }

        var imported = admin.post(items + "/import?type=menuItem&format=csv&dryRun=false", file.toString());

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(admin.get(items + "/" + draft.path("id").asString())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("published");
        assertThat(admin.get(items + "/" + published.path("id").asString())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("draft");
    }

    @Test
    void aFilteredJsonExportImportsBackUnchanged() {
        var export = admin.get(items + "/export?type=menuItem&format=json&q=latte");
        assertThat(export.status()).isEqualTo(200);
        JsonNode exported = export.json();
        assertThat(exported.size()).isPositive().isLessThan(600);
        // The search matches any field, so "latte" may be in a description rather than the name.
        exported.forEach(item -> assertThat(item.toString().toLowerCase()).contains("latte"));

        var again = admin.post(items + "/import?type=menuItem&format=json&dryRun=true", export.body());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("valid").asInt()).isEqualTo(exported.size());
        assertThat(again.json().path("updated").asInt()).isEqualTo(exported.size());
        assertThat(again.json().path("errorCount").asInt()).isZero();
    }

    @Test
    void oneBadRowStopsTheWholeImportAndTheReportSaysWhereAndWhy() throws IOException {
        CSVRecord item = parse(
                        admin.get(items + "/export?type=menuItem&format=csv").body())
                .get(1);
        String file = "id,price,size,category\n"
                + item.get("id") + ",5.55,small," + item.get("category") + "\n"
                + item.get("id") + ",cheap,enormous," + UUID.randomUUID() + "\n";

        var refused = admin.post(items + "/import?type=menuItem&format=csv&dryRun=false", file);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("valid").asInt()).isEqualTo(1);
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.toString())
                .contains("\"row\":3")
                .contains("\"field\":\"price\"")
                .contains("must be a number, not \\\"cheap\\\"");
        assertThat(price(item.get("id"))).as("nothing was written").isNotEqualTo("5.55");

        String references = "id,size,category\n" + item.get("id") + ",enormous," + UUID.randomUUID() + "\n";
        JsonNode report = admin.post(items + "/import?type=menuItem&format=csv&dryRun=true", references)
                .json();
        assertThat(report.path("errors").toString())
                .contains("must be one of: small, regular, large")
                .contains("which is not an item of this project");
    }

    @Test
    void tenThousandBadRowsAreCountedAndTheFirstThousandListed() {
        StringBuilder file = new StringBuilder("name,price\n");
        for (int i = 0; i < 10_000; i++) {
            file.append("Row ").append(i).append(",not a price\n");
        }
        var refused = admin.post(items + "/import?type=menuItem&format=csv&dryRun=false", file.toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errorCount").asInt()).isGreaterThanOrEqualTo(10_000);
        assertThat(refused.json().path("errors").size()).isEqualTo(1_000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from content_items where project_id = ?::uuid and title like 'Row %'",
                        Integer.class, project))
                .isZero();
    }

    @Test
    void filesThatAreNotCsvOrTooLargeOrOddlyShapedAreRefusedClearly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        var binary = admin.post(
                items + "/import?type=menuItem&format=csv",
                new String(png, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(binary.status()).isEqualTo(422);
        assertThat(binary.body()).contains("The file is not text");

        assertThat(admin.post(items + "/import?type=menuItem&format=csv", "hello there\nthis is prose")
                        .body())
                .contains("names none of them; is it CSV?");
        assertThat(admin.post(items + "/import?type=menuItem&format=csv", "").body())
                .contains("The file is empty");
        assertThat(admin.post(items + "/import?type=menuItem&format=json", "{\"not\": \"a list\"}")
                        .body())
                .contains("array of items");
        assertThat(admin.post(items + "/import?type=menuItem&format=json", "[{\"data\": {")
                        .body())
                .contains("not valid JSON");
        assertThat(admin.post(items + "/import?type=menuItem&format=xlsx", "a").body())
                .contains("csv or json");
        assertThat(admin.post(items + "/import?type=nowhere&format=csv", "name\nx")
                        .status())
                .isEqualTo(404);
        assertThat(admin.post(items + "/import?type=menuItem&format=csv", "name,colour\nA,red")
                        .body())
                .contains("\"field\":\"colour\"")
                .contains("is not a field of Menu Item");
        assertThat(admin.post(
                                items + "/import?type=menuItem&format=csv",
                                "name,slug,category\nTwin,twin-" + "x,a\nTwin,twin-x,b")
                        .body())
                .contains("is used by another row of this file");

        String huge = "name\n" + "x".repeat(21 * 1024 * 1024);
        var tooLarge = admin.post(items + "/import?type=menuItem&format=csv", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("an import is at most 20 MB");
        assertThat(admin.get(items + "/export?type=menuItem&format=xml").status())
                .isEqualTo(422);
        assertThat(admin.get(items + "/export?format=csv").status()).isEqualTo(422);
    }

    private String price(String id) {
        return jdbc.queryForObject("select data ->> 'price' from content_items where id = ?::uuid", String.class, id);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(csv),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
