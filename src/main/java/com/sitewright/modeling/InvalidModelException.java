package com.sitewright.modeling;

import com.sitewright.base.InvalidInputException;
import java.util.List;

/** A model change was refused: each problem is one sentence, and nothing was changed. */
public class InvalidModelException extends InvalidInputException {

    private final List<String> problems;

    public InvalidModelException(List<String> problems) {
        super("The model cannot be saved: " + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
