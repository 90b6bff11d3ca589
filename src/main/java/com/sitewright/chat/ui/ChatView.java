package com.sitewright.chat.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.chat.ChatEntry;
import com.sitewright.chat.ChatFeed;
import com.sitewright.chat.ChatRole;
import com.sitewright.chat.ChatService;
import com.sitewright.codegen.SiteThemeService;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationProgressFeed;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.generation.ui.GenerationProgressCard;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The chat. Without a project, the first prompt creates one and starts its generation. With a project,
 * it is the studio's control surface: the stored conversation, the generation's progress, replies that
 * stream in, and action cards to approve or cancel.
 */
@Route("chat/:projectId?")
@PageTitle("Chat · Sitewright")
@Menu(order = 1, icon = "vaadin:chat", title = "New project")
@PermitAll
class ChatView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> EXAMPLES = List.of(
            "Build me a coffee shop website using Optimizely SaaS",
            "A boutique hotel site on Contentful with rooms, offers and dining",
            "An e-commerce store for outdoor gear with 5,000 products on Sanity",
            "A law firm website with attorneys, practice areas and insights");

    private final ProjectService projects;
    private final GenerationService generation;
    private final GenerationProgressFeed progressFeed;
    private final ChatService chat;
    private final ChatFeed chatFeed;
    private final SiteThemeService themes;

    private final ViewHeader header = new ViewHeader("New project");
    private final Div conversation = new Div();
    private final TextArea prompt = new TextArea();
    private final Button send = new Button("Build", VaadinIcon.PAPERPLANE.create());
    private final Span hint = new Span();
    private final Div composer = new Div();
    private final EngineSwitch engine;
    private final Map<UUID, Component> shown = new HashMap<>();

    private ProjectSummary project;
    private ChatFeed.Subscription subscription;

    ChatView(
            ProjectService projects,
            GenerationService generation,
            GenerationProgressFeed progressFeed,
            ChatService chat,
            ChatFeed chatFeed,
            SiteThemeService themes) {
        this.projects = projects;
        this.themes = themes;
        this.generation = generation;
        this.progressFeed = progressFeed;
        this.chat = chat;
        this.chatFeed = chatFeed;
        addClassName("chat-view");
        setSizeFull();
        conversation.addClassName("conversation");
        engine = new EngineSwitch(generation.aiAvailable(), aiModelName(), this::switchEngine);
        header.addActions(engine);

        prompt.setAriaLabel("Message");
        prompt.setValueChangeMode(ValueChangeMode.LAZY);
        prompt.addValueChangeListener(event -> prompt.setInvalid(false));
        prompt.addClassName("prompt-input");
        prompt.addKeyDownListener(Key.ENTER, event -> submit(), KeyModifier.CONTROL);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-prompt");
        send.addClickListener(click -> submit());
        send.setDisableOnClick(true);
        hint.addClassName("composer-hint");
        var input = new Div(prompt, hint);
        input.addClassName("composer-input");
        composer.addClassName("composer");
        composer.add(input, send);
        add(header, conversation, composer);
        setFlexGrow(1, conversation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversation.removeAll();
        shown.clear();
        project = null;
        Optional<String> id = event.getRouteParameters().get("projectId");
        if (id.isEmpty()) {
            showWelcome();
            return;
        }
        try {
            project = projects.get(UUID.fromString(id.get()));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such project");
            return;
        }
        showProject();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    private void showWelcome() {
        header.setTitle("New project");
        header.setSubtitle("One sentence in, a content model and thousands of items out.");
        engine.show(generation.aiAvailable() ? GenerationEngine.AI : GenerationEngine.OFFLINE);
        prompt.setPlaceholder(
                "Describe the website: business, CMS, scale… e.g. \"Build me a coffee shop website using Optimizely SaaS\"");
        send.setText("Build");
        hint.setText("Ctrl+Enter to send");
        var intro = MessageBubble.fromStudio("What should we build? Name the business, and optionally the CMS "
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
        unsubscribe();
    }

    private void showProject() {
        header.setTitle(project.name());
        header.setSubtitle(project.description());
        engine.show(project.engine());
        prompt.setPlaceholder("Ask for a change, e.g. \"add a calories field to MenuItem\"");
        send.setText("Send");
        showHint();
        List<ChatEntry> history = chat.history(project.id());
        if (history.isEmpty()) {
            // Projects started before the chat was stored: their prompt opens the conversation.
            conversation.add(MessageBubble.fromUser(project.prompt()));
            conversation.add(MessageBubble.fromStudio("On it: \"" + project.name() + "\", " + project.description()));
        }
        int opening = openingExchange(history);
        for (int index = 0; index < history.size(); index++) {
            show(history.get(index));
            if (index + 1 == opening) {
                addProgress();
            }
        }
        if (opening == 0) {
            addProgress();
        }
        getUI().ifPresent(this::subscribe);
        scrollToEnd();
    }

    /** The prompt and the studio's first answer to it, after which the generation's progress shows. */
    private static int openingExchange(List<ChatEntry> history) {
        if (history.isEmpty()) {
            return 0;
        }
        boolean answered = history.size() > 1
                && history.get(1).role() == ChatRole.STUDIO
                && history.get(1)
                        .createdAt()
                        .isBefore(history.get(0).createdAt().plusSeconds(10));
        return answered ? 2 : 1;
    }

    private void showHint() {
        hint.setText(
                chat.usesModel(project.id())
                        ? "Answered by " + project.engineLabel()
                                + ". Changes wait for your approval. Ctrl+Enter to send."
                        : "Offline commands: type help to see them. Changes wait for your approval. Ctrl+Enter to send.");
    }

    private void addProgress() {
        var done = new Div();
        done.addClassName("done-actions");
        var card = new GenerationProgressCard(
                project.id(), project.engineLabel(), generation, progressFeed, progress -> onFinished(progress, done));
        conversation.add(card, done);
    }

    private void onFinished(GenerationProgress progress, Div done) {
        done.removeAll();
        if (progress.state() == RunState.SUCCEEDED || progress.state() == RunState.STOPPED) {
            ProjectSummary fresh = projects.get(project.id());
            // A run stopped early (its budget reached) keeps what it wrote: the project is ready with that.
            String stopped =
                    progress.state() == RunState.STOPPED && progress.error() != null ? " " + progress.error() : "";
            var summary =
                    MessageBubble.fromStudio("Ready: " + Formats.count(fresh.contentTypes()) + " content types and "
                            + Formats.count(fresh.contentItems()) + " items, generated in "
                            + Formats.duration(progress.elapsed()) + "."
                            + stopped);
            summary.getElement().appendChild(new StatusBadge(fresh.status().id()).getElement());
            var open = new Button(
                    "Open content",
                    VaadinIcon.TABLE.create(),
                    click -> navigate("projects/" + project.id() + "/content"));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClassName("open-content");
            var preview = new Button(
                    "Preview the site",
                    VaadinIcon.EYE.create(),
                    click -> navigate("projects/" + project.id() + "/preview"));
            preview.addClassName("open-preview");
            var actions = new Div(open, preview);
            actions.addClassName("done-buttons");
            done.add(summary, siteLook(fresh), actions);
        } else {
            done.add(
                    MessageBubble.fromStudio(
                            "The run stopped: " + progress.error()
                                    + " What was generated is kept; you can ask for more in this chat or delete the project from the projects list."));
        }
    }

    /** The site's theme, and whether the model chose it (an AI project whose theme could not be used keeps the default). */
    private SiteLook siteLook(ProjectSummary fresh) {
        var chosen = themes.chosen(fresh.id());
        String origin = chosen.isPresent()
                ? (fresh.engine() == GenerationEngine.AI ? "Look chosen by the model" : "Look as you set it")
                : "Default look for this kind of site; ask here to change colours or fonts";
        return new SiteLook(chosen.orElseGet(() -> themes.current(fresh.id())), origin);
    }

    /** Adds an entry, or updates it in place when it is already shown (a streaming reply, a card that ran). */
    private void show(ChatEntry entry) {
        Component existing = shown.get(entry.id());
        if (entry.isAction()) {
            ActionCard card = existing instanceof ActionCard known
                    ? known
                    : new ActionCard(() -> approve(entry.id()), () -> cancel(entry.id()), this::navigate);
            card.show(entry);
            if (existing == null) {
                add(entry.id(), card);
            }
            return;
        }
        if (existing instanceof MessageBubble bubble) {
            bubble.show(entry.text(), entry.streaming());
            bubble.link(ActionCard.linkLabel(entry.link()), entry.link(), this::navigate);
            return;
        }
        MessageBubble bubble = entry.role() == ChatRole.USER
                ? MessageBubble.fromUser(entry.text())
                : MessageBubble.fromStudio(entry.text());
        bubble.show(entry.text(), entry.streaming());
        bubble.link(ActionCard.linkLabel(entry.link()), entry.link(), this::navigate);
        add(entry.id(), bubble);
    }

    private void add(UUID id, Component component) {
        shown.put(id, component);
        conversation.add(component);
        scrollToEnd();
    }

    private void submit() {
        try {
            String text = prompt.getValue();
            if (project == null) {
                ProjectSummary started = chat.startProject(text, engine.value());
                prompt.clear();
                navigate("chat/" + started.id());
                return;
            }
            chat.send(project.id(), text);
            prompt.clear();
        } catch (InvalidInputException e) {
            if (project == null) {
                prompt.setErrorMessage(e.getMessage());
                prompt.setInvalid(true);
            } else {
                conversation.add(MessageBubble.problem(e.getMessage()));
                scrollToEnd();
            }
        } finally {
            send.setEnabled(true);
        }
    }

    private void approve(UUID messageId) {
        act(messageId, () -> chat.approve(project.id(), messageId));
    }

    private void cancel(UUID messageId) {
        act(messageId, () -> chat.cancel(project.id(), messageId));
    }

    private void act(UUID messageId, java.util.function.Supplier<ChatEntry> action) {
        try {
            show(action.get());
        } catch (ConflictException | NotFoundException | InvalidInputException e) {
            conversation.add(MessageBubble.problem(e.getMessage()));
            if (shown.get(messageId) instanceof ActionCard card) {
                card.release();
            }
            scrollToEnd();
        }
    }

    private void switchEngine(GenerationEngine chosen) {
        if (project == null) {
            return;
        }
        try {
            project = generation.useEngine(project.id(), chosen);
            showHint();
            conversation.add(MessageBubble.fromStudio("This project now uses the " + project.engineLabel()
                    + " engine for new content and for this chat."));
            scrollToEnd();
        } catch (InvalidInputException e) {
            engine.show(project.engine());
            conversation.add(MessageBubble.problem(e.getMessage()));
        }
    }

    private void subscribe(UI ui) {
        unsubscribe();
        if (project == null) {
            return;
        }
        subscription = chatFeed.subscribe(project.id(), entry -> ui.access(() -> show(entry)));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    private void scrollToEnd() {
        conversation.getElement().executeJs("requestAnimationFrame(() => this.scrollTop = this.scrollHeight)");
    }

    private String aiModelName() {
        return generation.aiAvailable() ? generation.aiModelName() : null;
    }
}
