package com.sitewright.chat.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.chat.ChatEntry;
import com.sitewright.chat.ChatFeed;
import com.sitewright.chat.ChatService;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationProgressFeed;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.generation.ui.GenerationProgressCard;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.sitewright.site.SiteThemeService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The chat. Without a project, the first prompt creates one and starts its generation. With a project,
 * it is the studio's control surface: the stored conversation, the generation's progress, replies that
 * stream in, and action cards to approve or cancel. This view calls the services; its children
 * ({@link Conversation}, {@link Composer}, {@link RunOutcome}) show and ask.
 */
@Route("chat/:projectId?")
@PageTitle("Chat · Sitewright")
@Menu(order = 1, icon = "vaadin:chat", title = "New project")
@PermitAll
class ChatView extends VerticalLayout implements BeforeEnterObserver, Conversation.Actions {

    private final ProjectService projects;
    private final GenerationService generation;
    private final GenerationProgressFeed progressFeed;
    private final ChatService chat;
    private final ChatFeed chatFeed;
    private final SiteThemeService themes;

    private final ViewHeader header = new ViewHeader("New project");
    private final Conversation conversation = new Conversation(this);
    private final Composer composer = new Composer(this::submit);
    private final EngineSwitch engine;

    private ProjectSummary project;
    private final WhileAttached.Subscription subscription;

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
        subscription = WhileAttached.subscribe(
                this,
                ui -> project == null
                        ? null
                        : chatFeed.subscribe(project.id(), entry -> ui.access(() -> conversation.show(entry))));
        setSizeFull();
        engine = new EngineSwitch(
                generation.aiAvailable(),
                generation.aiAvailable() ? generation.aiModelName() : null,
                this::switchEngine);
        header.addActions(engine);
        add(header, conversation, composer);
        setFlexGrow(1, conversation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversation.clear();
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

    private void showWelcome() {
        header.setTitle("New project");
        header.setSubtitle("One sentence in, a content model and thousands of items out.");
        engine.show(generation.aiAvailable() ? GenerationEngine.AI : GenerationEngine.OFFLINE);
        composer.prepare(
                "Describe the website: business, CMS, scale… e.g. \"Build me a coffee shop website using Optimizely SaaS\"",
                "Build");
        composer.setHint("Ctrl+Enter to send");
        var intro = MessageBubble.fromStudio("What should we build? Name the business, and optionally the CMS "
                + "(Optimizely SaaS, Contentful, Sanity) and a scale such as \"with 5,000 products\".");
        conversation.add(intro, new ExamplePrompts(composer::suggest));
        subscription.renew();
    }

    private void showProject() {
        header.setTitle(project.name());
        header.setSubtitle(project.description());
        engine.show(project.engine());
        composer.prepare("Ask for a change, e.g. \"add a calories field to MenuItem\"", "Send");
        showHint();
        List<ChatEntry> history = chat.history(project.id());
        if (history.isEmpty()) {
            // Projects started before the chat was stored: their prompt opens the conversation.
            conversation.add(MessageBubble.fromUser(project.prompt()));
            conversation.add(MessageBubble.fromStudio("On it: \"" + project.name() + "\", " + project.description()));
        }
        int opening = Conversation.openingExchange(history);
        for (int index = 0; index < history.size(); index++) {
            conversation.show(history.get(index));
            if (index + 1 == opening) {
                addProgress();
            }
        }
        if (opening == 0) {
            addProgress();
        }
        subscription.renew();
        conversation.scrollToEnd();
    }

    private void showHint() {
        composer.setHint(
                chat.usesModel(project.id())
                        ? "Answered by " + project.engineLabel()
                                + ". Changes wait for your approval. Ctrl+Enter to send."
                        : "Offline commands: type help to see them. Changes wait for your approval. Ctrl+Enter to send.");
    }

    private void addProgress() {
        var outcome = new RunOutcome(this::navigate);
        var card = new GenerationProgressCard(
                project.id(),
                project.engineLabel(),
                generation,
                progressFeed,
                progress -> onFinished(progress, outcome));
        conversation.add(card, outcome);
    }

    private void onFinished(GenerationProgress progress, RunOutcome outcome) {
        if (progress.state() == RunState.SUCCEEDED || progress.state() == RunState.STOPPED) {
            ProjectSummary fresh = projects.get(project.id());
            outcome.ready(progress, fresh, siteLook(fresh));
        } else {
            outcome.failed(progress.error());
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

    private void submit() {
        try {
            String text = composer.text();
            if (project == null) {
                ProjectSummary started = chat.startProject(text, engine.value());
                composer.clear();
                navigate(ProjectRoutes.link(started.id(), ProjectPage.CHAT));
                return;
            }
            chat.send(project.id(), text);
            composer.clear();
        } catch (InvalidInputException e) {
            if (project == null) {
                composer.refuse(e.getMessage());
            } else {
                conversation.add(MessageBubble.problem(e.getMessage()));
                conversation.scrollToEnd();
            }
        } finally {
            composer.ready();
        }
    }

    @Override
    public void approve(UUID messageId) {
        act(messageId, () -> chat.approve(project.id(), messageId));
    }

    @Override
    public void cancel(UUID messageId) {
        act(messageId, () -> chat.cancel(project.id(), messageId));
    }

    private void act(UUID messageId, Supplier<ChatEntry> action) {
        try {
            conversation.show(action.get());
        } catch (ConflictException | NotFoundException | InvalidInputException e) {
            conversation.add(MessageBubble.problem(e.getMessage()));
            conversation.release(messageId);
            conversation.scrollToEnd();
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
            conversation.scrollToEnd();
        } catch (InvalidInputException e) {
            engine.show(project.engine());
            conversation.add(MessageBubble.problem(e.getMessage()));
        }
    }

    @Override
    public void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }
}
