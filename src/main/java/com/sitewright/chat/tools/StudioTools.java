package com.sitewright.chat.tools;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The documented set of tools the chat may use, in a stable order. */
@Component
public class StudioTools {

    private final List<StudioTool> tools;

    StudioTools(List<StudioTool> tools) {
        this.tools =
                tools.stream().sorted(Comparator.comparing(StudioTool::name)).toList();
    }

    public List<StudioTool> all() {
        return tools;
    }

    public Optional<StudioTool> find(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst();
    }
}
