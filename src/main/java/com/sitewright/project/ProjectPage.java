package com.sitewright.project;

/**
 * The studio's pages of one project, in the order its tabs show them: each with the last segment of its address, a
 * label and a Vaadin icon name. The chat is the one page whose address is not under {@code projects/{id}}.
 */
public enum ProjectPage {
    CHAT("chat", "Chat", "chat"),
    CONTENT("content", "Content", "table"),
    MODEL("model", "Model", "sitemap"),
    ASSETS("assets", "Assets", "picture"),
    PREVIEW("preview", "Preview", "eye"),
    DEPLOYMENTS("deployments", "Deployments", "cloud-upload"),
    SOURCE("source", "Source", "code"),
    DELIVERY("delivery", "Delivery", "connect"),
    CMS("cms", "CMS", "cloud");

    private final String segment;
    private final String label;
    private final String icon;

    ProjectPage(String segment, String label, String icon) {
        this.segment = segment;
        this.label = label;
        this.icon = icon;
    }

    /** The address's last segment, as the page's {@code @Route} names it. */
    public String segment() {
        return segment;
    }

    public String label() {
        return label;
    }

    /** The icon's name in the "vaadin" icon collection. */
    public String icon() {
        return icon;
    }
}
