package com.sitewright.generation;

/** The steps of a generation run, in order; a resumed run continues at the step it had reached. */
public enum RunStep {
    INTENT("Understanding the prompt"),
    MODEL("Designing the content model"),
    THEME("Choosing the site's look"),
    ITEMS("Writing content"),
    IMAGES("Drawing images"),
    FINISHING("Checking and finishing"),
    DONE("Done");

    private final String label;

    RunStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
