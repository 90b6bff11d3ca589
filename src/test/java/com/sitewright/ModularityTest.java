package com.sitewright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the studio's modules (each top-level package, used by others only through its root package and its named
 * interfaces, with no cycles) and writes their documentation to {@code docs/modules}, which the README's
 * architecture section repeats.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final Path DOCS = Path.of("docs/modules");
    private static final String SHARED = "base";
    private static final Pattern PURPOSE = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    @Test
    void modulesOnlyUseEachOthersPublishedInterfaces() {
        MODULES.verify();
    }

    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.writeString(file, stableOrder(Files.readString(file)));
            }
        }
        String overview = overview();
        Files.writeString(DOCS.resolve("README.md"), overview);

        assertThat(Files.readString(Path.of("README.md")))
                .as("README.md's architecture section must repeat docs/modules/README.md, which this test just wrote")
                .contains(overview);
    }

    /**
     * The Documenter lists a diagram's components and relations in no fixed order, so each run would rewrite the
     * files although nothing changed. Sorting each run of consecutive component or relation lines keeps them stable;
     * their order does not change the diagram.
     */
    static String stableOrder(String plantUml) {
        var out = new ArrayList<String>();
        var run = new ArrayList<String>();
        for (String line : plantUml.split("\n", -1)) {
            if (!run.isEmpty() && !kind(line).equals(kind(run.getFirst()))) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            if (kind(line).isEmpty()) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out);
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : "";
    }

    /** A Mermaid graph of who uses whom and a table of what each module is for. */
    private static String overview() throws IOException {
        var text = new StringBuilder("<!-- modules: written by ModularityTest -->\n```mermaid\nflowchart LR\n");
        for (ApplicationModule module : MODULES) {
            String uses = module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(ApplicationModule::getIdentifier)
                    .map(Object::toString)
                    .filter(name -> !name.equals(SHARED))
                    .sorted()
                    .collect(Collectors.joining(" & "));
            if (!uses.isEmpty()) {
                text.append("    ")
                        .append(module.getIdentifier())
                        .append(" --> ")
                        .append(uses)
                        .append('\n');
            }
        }
        text.append("```\n\nEvery module also uses `")
                .append(SHARED)
                .append("`, the shared kernel.\n\n| Module | What it is for |\n| --- | --- |\n");
        for (ApplicationModule module : MODULES) {
            text.append("| `")
                    .append(module.getIdentifier())
                    .append("` | ")
                    .append(purpose(module))
                    .append(" |\n");
        }
        return text.append("<!-- /modules -->\n").toString();
    }

    private static String purpose(ApplicationModule module) throws IOException {
        Path info = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
        Matcher comment = PURPOSE.matcher(Files.readString(info));
        assertThat(comment.find()).as("%s says what the module is for", info).isTrue();
        return comment.group(1)
                .replaceAll("(?m)^\\s*\\*\\s?", " ")
                .replaceAll("\\{@code ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
