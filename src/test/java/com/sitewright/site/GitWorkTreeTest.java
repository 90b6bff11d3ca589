package com.sitewright.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitWorkTreeTest {

    @TempDir
    Path temp;

    @Test
    void everyGenerationIsACommitAndDeletedFilesGoToo() throws IOException {
        GitWorkTree tree = new GitWorkTree(temp.resolve("source"));
        tree.clear();
        write(tree, "app/page.tsx", "export default function Home() {}");
        write(tree, "app/menu/page.tsx", "menu");
        assertThat(tree.commitAll("Generate site")).isPresent();

        tree.clear();
        write(tree, "app/page.tsx", "export default function Home() { return null; }");
        var second = tree.commitAll("Regenerate site");
        assertThat(second).isPresent();

        assertThat(tree.history(10))
                .extracting(CommitInfo::message)
                .containsExactly("Regenerate site", "Generate site");
        Map<String, String> files = unzip(tree);
        assertThat(files).containsOnlyKeys("site/.gitignore", "site/app/page.tsx");
        assertThat(files.get("site/app/page.tsx")).contains("return null");
    }

    @Test
    void anUnchangedGenerationAddsNoCommitAndOutputIsNeverCommitted() throws IOException {
        GitWorkTree tree = new GitWorkTree(temp.resolve("source"));
        tree.clear();
        write(tree, "package.json", "{}");
        write(tree, "node_modules/next/index.js", "installed");
        write(tree, ".next/build-manifest.json", "built");
        assertThat(tree.commitAll("Generate site")).isPresent();

        tree.clear();
        assertThat(Files.exists(tree.directory().resolve("node_modules/next/index.js")))
                .isTrue();
        write(tree, "package.json", "{}");
        assertThat(tree.commitAll("Generate site again")).isEmpty();
        assertThat(unzip(tree)).containsOnlyKeys("site/.gitignore", "site/package.json");
    }

    @Test
    void aProjectWithoutSourceHasNoHistoryAndNoZip() {
        GitWorkTree tree = new GitWorkTree(temp.resolve("nothing"));
        assertThat(tree.history(5)).isEmpty();
        assertThat(tree.writeZip("site", new ByteArrayOutputStream())).isFalse();
    }

    @Test
    void folderNamesAreSafe() {
        assertThat(SourceService.folderName("Ember & Oak Coffee")).isEqualTo("ember-oak-coffee");
        assertThat(SourceService.folderName("../../etc")).isEqualTo("etc");
        assertThat(SourceService.folderName("☕")).isEqualTo("site");
    }

    private static void write(GitWorkTree tree, String path, String text) throws IOException {
        Path file = tree.directory().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Map<String, String> unzip(GitWorkTree tree) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(tree.writeZip("site", out)).isTrue();
        Map<String, String> files = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes()));
            }
        }
        return files;
    }
}
