package com.sitewright.generation.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every vocabulary file under {@code src/main/resources/blueprint/} is read into its record and is well-formed: no
 * empty list, no entry with a field missing, blank or too many. A broken file fails here, naming the file and key.
 */
class WordFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> files() {
        return WordFiles.ALL.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFileIsWellFormed(String name) {
        assertThat(WordFiles.load(name, WordFiles.ALL.get(name))).isNotNull();
    }

    /** The class that reads a file checks what the record cannot say: an item's category is one of the categories. */
    @ParameterizedTest
    @MethodSource("files")
    void everyFileSatisfiesTheClassThatReadsIt(String name) throws ClassNotFoundException {
        Class<?> owner = WordFiles.ALL.get(name).getEnclosingClass();
        assertThat(Class.forName(owner.getName(), true, owner.getClassLoader())).isNotNull();
    }

    @Test
    void everyFileInTheFolderIsReadByTheBlueprints() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/blueprint"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(WordFiles.ALL.keySet());
        }
    }

    /** Cross-file and cross-list references (an item's category, a menu section Java names) hold too. */
    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyIndustryBuildsFromItsFile(Industry industry) {
        Blueprint blueprint = Blueprints.of(industry);
        assertThat(blueprint.vocabulary().features()).isNotEmpty();
        assertThat(blueprint.vocabulary().faqs()).isNotEmpty();
        assertThat(blueprint.vocabulary().nav()).isNotEmpty();
    }

    @Test
    void aMissingListNamesTheFileAndKey() {
        assertThatThrownBy(() -> readBroken(words -> words.remove("processes")))
                .hasMessageStartingWith("blueprint/coffee-shop.json: ")
                .hasMessageContaining("processes");
    }

    @Test
    void anEmptyListNamesTheFileAndKey() {
        assertThatThrownBy(() -> readBroken(words -> words.putArray("flavours")))
                .hasMessage("blueprint/coffee-shop.json: flavours is an empty list");
        assertThatThrownBy(() -> readBroken(
                        words -> ((ObjectNode) words.get("vocabulary").get("lists")).putArray("note")))
                .hasMessage("blueprint/coffee-shop.json: vocabulary.lists.note is an empty list");
    }

    @Test
    void anEntryWithAFieldTooFewNamesTheFileKeyAndField() {
        assertThatThrownBy(() ->
                        readBroken(words -> ((ObjectNode) words.get("origins").get(3)).remove("region")))
                .hasMessageStartingWith("blueprint/coffee-shop.json: origins[3].region: Missing creator property");
    }

    @Test
    void anEntryWithAFieldTooManyNamesTheFileKeyAndField() {
        assertThatThrownBy(() -> readBroken(words ->
                        ((ObjectNode) words.get("vocabulary").get("nav").get(0)).put("icon", "cup")))
                .hasMessageStartingWith("blueprint/coffee-shop.json: vocabulary.nav[0].icon: ")
                .hasMessageContaining("icon");
    }

    @Test
    void aBlankFieldNamesTheFileAndKey() {
        assertThatThrownBy(() -> readBroken(words ->
                        ((ObjectNode) words.get("vocabulary").get("faqs").get(2)).put("answer", " ")))
                .hasMessage("blueprint/coffee-shop.json: vocabulary.faqs[2].answer is blank");
    }

    @Test
    void anEntryThatIsNotARecordNamesTheFileAndKey() {
        assertThatThrownBy(() -> readBroken(words -> ((ArrayNode) words.get("origins")).set(0, "Ethiopia||Guji")))
                .hasMessageStartingWith("blueprint/coffee-shop.json: origins[0]: ");
    }

    @Test
    void theWordsCannotBeChangedOnceRead() {
        CoffeeShopModel.Words words = WordFiles.load("coffee-shop.json", CoffeeShopModel.Words.class);
        List<String> flavours = words.flavours();
        Map<String, String> events = words.events();
        assertThatThrownBy(() -> flavours.add("Bubblegum")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> events.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** The coffee shop's file with one change, read as the loader reads it. */
    private static void readBroken(Consumer<ObjectNode> change) throws IOException {
        String path = "blueprint/coffee-shop.json";
        JsonNode words;
        try (InputStream in = WordFilesTest.class.getClassLoader().getResourceAsStream(path)) {
            words = JSON.readTree(in);
        }
        change.accept((ObjectNode) words);
        byte[] broken = JSON.writeValueAsString(words).getBytes(StandardCharsets.UTF_8);
        WordFiles.read(path, new ByteArrayInputStream(broken), CoffeeShopModel.Words.class);
    }
}
