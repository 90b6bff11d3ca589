package com.sitewright.chat.ui;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationProgressFeed;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.generation.ui.GenerationProgressCard;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The chat: the first prompt creates a project and starts its generation; afterwards the conversation
 * shows what the studio understood and the live progress of the run.
 */
@Route("chat/:projectId?")
@PageTitle("Chat · Sitewright")
@Menu(order = 1, icon = "vaadin:chat", title = "New project")
@PermitAll
class ChatView extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_PROMPT = 4_000;
    private static final List<String> EXAMPLES = List.of(
            "Build me a coffee shop website using Optimizely SaaS",
            "A boutique hotel site on Contentful with rooms, offers and dining",
            "An e-commerce store for outdoor gear with 5,000 products on Sanity",
            "A law firm website with attorneys, practice areas and insights");

    private final ProjectService projects;
    private final GenerationService generation;
    private final GenerationProgressFeed feed;

    private final ViewHeader header = new ViewHeader("New project");
    private final Div conversation = new Div();
    private final TextArea prompt = new TextArea();
    private final Button send = new Button("Build", VaadinIcon.PAPERPLANE.create());
    private final Div composer = new Div();

    ChatView(ProjectService projects, GenerationService generation, GenerationProgressFeed feed) {
        this.projects = projects;
        this.generation = generation;
        this.feed = feed;
        addClassName("chat-view");
        setSizeFull();
        conversation.addClassName("conversation");

        prompt.setPlaceholder("Describe the website: business, CMS, scale… e.g. \"Build me a coffee shop website using Optimizely SaaS\"");
        prompt.setAriaLabel("Prompt");
        prompt.setMaxLength(MAX_PROMPT);
        prompt.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        prompt.addValueChangeListener(event -> prompt.setInvalid(false));
        prompt.addClassName("prompt-input");
        prompt.addKeyDownListener(Key.ENTER, event -> submit(), com.vaadin.flow.component.KeyModifier.CONTROL);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-prompt");
        send.addClickListener(click -> submit());
        send.setDisableOnClick(true);
        composer.addClassName("composer");
        composer.add(prompt, send);
        add(header, conversation, composer);
        setFlexGrow(1, conversation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversation.removeAll();
        Optional<String> id = event.getRouteParameters().get("projectId");
        if (id.isEmpty()) {
            showWelcome();
            return;
        }
        UUID projectId;
        try {
            projectId = UUID.fromString(id.get());
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project");
            return;
        }
        showProject(projects.get(projectId));
    }

    private void showWelcome() {
        header.setTitle("New project");
        header.setSubtitle("One sentence in, a content model and thousands of items out.");
        composer.setVisible(true);
        var intro = studioMessage("What should we build? Name the business, and optionally the CMS "
                + "(Optimizely SaaS, Contentful, Sanity) and a scale such as \"with 5,000 products\".");
        var examples = new Div();
        examples.addClassName("examples");
        EXAMPLES.forEach(example -> {
            var chip = new Button(example, click -> {
                prompt.setValue(example);
                prompt.focus();
            });
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
            chip.addClassName("example-chip");
            examples.add(chip);
        });
        conversation.add(intro, examples);
    }

    private void showProject(ProjectSummary project) {
        header.setTitle(project.name());
        header.setSubtitle(project.description());
        composer.setVisible(false);
        conversation.add(userMessage(project.prompt()));
        var reply = studioMessage("On it: \"" + project.name() + "\", " + lowerFirst(project.description()));
        generation.notices(project.id()).forEach(notice -> reply.add(notice(notice)));
        conversation.add(reply);
        var done = new Div();
        done.addClassName("done-actions");
        var card = new GenerationProgressCard(project.id(), project.engineLabel(), generation, feed, progress -> onFinished(project, progress, done));
        conversation.add(card, done);
    }

    private void onFinished(ProjectSummary project, GenerationProgress progress, Div done) {
        done.removeAll();
        if (progress.state() == RunState.SUCCEEDED) {
            ProjectSummary fresh = projects.get(project.id());
            var summary = studioMessage("Ready: " + Formats.count(fresh.contentTypes()) + " content types and "
                    + Formats.count(fresh.contentItems()) + " items, generated in " + Formats.duration(progress.elapsed()) + ".");
            summary.add(new StatusBadge(fresh.status().id()));
            var open = new Button("Open content", VaadinIcon.TABLE.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("projects/" + project.id() + "/content")));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClassName("open-content");
            var preview = new Button("Preview the site", VaadinIcon.EYE.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("projects/" + project.id() + "/preview")));
            preview.addClassName("open-preview");
            var actions = new Div(open, preview);
            actions.addClassName("done-buttons");
            done.add(summary, actions);
        } else {
            done.add(studioMessage("The run stopped: " + progress.error()
                    + " Nothing half-written is shown as ready; you can delete this project from the projects list."));
        }
    }

    private void submit() {
        try {
            String text = prompt.getValue();
            if (text != null && text.length() > MAX_PROMPT) {
                throw new InvalidInputException("The prompt is too long; keep it under " + Formats.count(MAX_PROMPT) + " characters.");
            }
            var started = generation.start(text, null);
            getUI().ifPresent(ui -> ui.navigate("chat/" + started.project().id()));
        } catch (InvalidInputException e) {
            prompt.setErrorMessage(e.getMessage());
            prompt.setInvalid(true);
        } finally {
            send.setEnabled(true);
        }
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Div userMessage(String text) {
        var message = new Div(new Paragraph(text));
        message.addClassNames("message", "message-user");
        return message;
    }

    private static Div studioMessage(String text) {
        var author = new Span("Sitewright");
        author.addClassName("message-author");
        var message = new Div(author, new Paragraph(text));
        message.addClassNames("message", "message-studio");
        return message;
    }

    private static Paragraph notice(String text) {
        var notice = new Paragraph(text);
        notice.addClassName("message-notice");
        return notice;
    }
}
