package com.sitewright.chat;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.chat.tools.StudioTool;
import com.sitewright.chat.tools.StudioTools;
import com.sitewright.chat.tools.ToolResult;
import com.sitewright.generation.GenerationService;
import com.sitewright.llm.AiService;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectCreatedEvent;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectSummary;
import com.sitewright.rewriting.RewriteFinishedEvent;
import com.sitewright.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's chat: the conversation is stored, and what the person asks becomes a studio tool call,
 * worked out by the language model when the project uses the AI engine, or by the offline command
 * parser. Tools that change data become action cards that run only when the person approves them, so
 * nothing the model writes, or content contains, acts by itself.
 */
@Service
public class ChatService {

    private static final Logger log = LoggerFactory.getLogger(ChatService.class);
    /** Long enough for any instruction; longer text belongs in content, not in a chat message. */
    public static final int MAX_MESSAGE = 8_000;

    private static final int HISTORY = 300;

    private final Conversations conversations;
    private final ProjectJobs projects;
    private final GenerationService generation;
    private final StudioTools tools;
    private final AiService ai;
    private final JobQueue jobs;
    private final JsonMapper json;
    private final CommandParser parser = new CommandParser();

    ChatService(
            Conversations conversations,
            ProjectJobs projects,
            GenerationService generation,
            StudioTools tools,
            AiService ai,
            JobQueue jobs,
            JsonMapper json) {
        this.conversations = conversations;
        this.projects = projects;
        this.generation = generation;
        this.tools = tools;
        this.ai = ai;
        this.jobs = jobs;
        this.json = json;
    }

    /** The conversation, oldest first (the newest {@value #HISTORY} messages). */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public List<ChatEntry> history(UUID projectId) {
        return conversations.newest(projectId, HISTORY, null);
    }

    /** Whether the project's chat is answered by the language model (else by the command parser). */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    public boolean usesModel(UUID projectId) {
        return usesModel(project(projectId));
    }

    /**
     * Starts a project from the first prompt and opens its conversation with it.
     *
     * @throws InvalidInputException when the prompt cannot start a project; nothing is stored then
     */
    @PreAuthorize("hasAnyRole('ADMIN','EDITOR')")
    public ProjectSummary startProject(String prompt, GenerationEngine engine) {
        // An empty prompt is refused by generation, which says what a prompt should name.
        checkNotTooLong(prompt);
        GenerationService.Started started = generation.start(prompt, null, engine);
        UUID projectId = started.project().id();
        String reply = "On it: \"" + started.project().name() + "\", "
                + lowerFirst(started.project().description()) + " Generating with the "
                + started.project().engineLabel() + " engine.";
        if (!started.intent().notices().isEmpty()) {
            reply += "\n" + String.join("\n", started.intent().notices());
        }
        conversations.fromStudio(projectId, reply);
        return started.project();
    }

    /**
     * Adds the person's message and answers it: at once from the command parser, or streamed by the
     * model in a background job. Returns the messages added now (for a model's reply, the message it
     * is being streamed into).
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public List<ChatEntry> send(UUID projectId, String text) {
        ProjectSummary project = project(projectId);
        checkLength(text);
        List<ChatEntry> added = new ArrayList<>();
        added.add(conversations
                .fromUser(projectId, CurrentUser.require().id(), text.strip())
                .entry(false));
        if (usesModel(project)) {
            ChatMessage reply = conversations.fromStudio(projectId, "");
            UUID replyId = reply.getId();
            UUID userId = CurrentUser.require().id();
            jobs.<ChatReplyJob>start(job -> job.reply(replyId, userId));
            added.add(reply.entry(true));
            return added;
        }
        added.add(
                switch (parser.parse(text)) {
                    case Command.Help help -> say(projectId, help());
                    case Command.Unknown unknown -> say(projectId, unknown.reply());
                    case Command.Tool tool -> propose(projectId, tool.name(), tool.args());
                });
        return added;
    }

    /** Runs an action card the person approved; a card runs once, however often it is clicked. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ChatEntry approve(UUID projectId, UUID messageId) {
        ChatMessage card = conversations.claim(projectId, messageId);
        StudioTool tool = tools.find(card.getTool()).orElseThrow();
        try {
            ToolResult result = tool.run(projectId, json.readTree(card.getArgs()));
            return conversations.finish(card.getId(), ActionState.DONE, result.text(), result.link());
        } catch (InvalidInputException | NotFoundException | ConflictException e) {
            return conversations.finish(card.getId(), ActionState.FAILED, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.error("Chat action {} ({}) failed", messageId, card.getTool(), e);
            return conversations.finish(
                    card.getId(),
                    ActionState.FAILED,
                    "The action stopped with an internal error; it has been "
                            + "logged. Nothing else was changed by it.",
                    null);
        }
    }

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ChatEntry cancel(UUID projectId, UUID messageId) {
        return conversations.cancel(projectId, messageId);
    }

    /** A project's conversation opens with the prompt it was created from, whichever way it was created. */
    @EventListener
    void on(ProjectCreatedEvent event) {
        conversations.fromUser(event.projectId(), event.ownerId(), event.prompt());
    }

    /** Work a card started in the background reports back in the same conversation. */
    @EventListener
    void on(RewriteFinishedEvent event) {
        if (projects.find(event.projectId()).isPresent()) {
            say(event.projectId(), event.summary());
        }
    }

    /** The documented commands, as {@code help} answers. */
    public static String help() {
        return "Here is what you can ask (changes wait for your approval on a card):\n"
                + CommandParser.COMMANDS.entrySet().stream()
                        .map(command -> "• " + command.getKey() + " — " + command.getValue())
                        .collect(Collectors.joining("\n"));
    }

    // For the reply job, which acts as the person who wrote the message.

    /** The reply message and the conversation before it, for the model. */
    ReplyContext replyContext(UUID replyId) {
        ChatMessage reply = conversations.find(replyId).orElseThrow(() -> new NotFoundException("The reply is gone"));
        ProjectSummary project = project(reply.getProjectId());
        return new ReplyContext(project, replyId, conversations.newest(project.id(), 40, replyId));
    }

    /** The project its caller's access check let through (or whose message it answers); "not found" once deleted. */
    private ProjectSummary project(UUID projectId) {
        return projects.find(projectId).orElseThrow(() -> new NotFoundException("No such project"));
    }

    record ReplyContext(ProjectSummary project, UUID replyId, List<ChatEntry> conversation) {}

    /** Shows the reply as far as it has been written, without storing it yet. */
    void streaming(UUID projectId, UUID replyId, String textSoFar) {
        conversations.streaming(projectId, replyId, textSoFar);
    }

    /** Stores the finished reply text. */
    void finishReply(UUID replyId, String text) {
        conversations.finishReply(replyId, text);
    }

    /**
     * Turns a tool call into an answer or a card: read-only tools run at once, tools that change data
     * wait for approval, and arguments that do not fit the project get a clear sentence instead.
     */
    ChatEntry propose(UUID projectId, String toolName, JsonNode args) {
        StudioTool tool = tools.find(toolName).orElse(null);
        if (tool == null) {
            return say(projectId, "The studio has no action called \"" + toolName + "\"; nothing was done.");
        }
        try {
            JsonNode resolved = tool.resolve(projectId, args);
            String summary = tool.preview(projectId, resolved);
            if (!tool.changesData()) {
                ToolResult result = tool.run(projectId, resolved);
                return conversations
                        .fromStudio(projectId, result.text(), result.link())
                        .entry(false);
            }
            return conversations
                    .action(projectId, tool.name(), json.writeValueAsString(resolved), summary)
                    .entry(false);
        } catch (InvalidInputException | NotFoundException | ConflictException e) {
            return say(projectId, "That cannot be done: " + e.getMessage());
        }
    }

    ChatEntry say(UUID projectId, String text) {
        return conversations.fromStudio(projectId, text).entry(false);
    }

    private boolean usesModel(ProjectSummary project) {
        return project.engine() == GenerationEngine.AI && ai.isConfigured();
    }

    private static void checkLength(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Write a message first.");
        }
        checkNotTooLong(text);
    }

    private static void checkNotTooLong(String text) {
        if (text != null && text.length() > MAX_MESSAGE) {
            throw new InvalidInputException("That message is " + String.format("%,d", text.length())
                    + " characters; the chat takes up to " + String.format("%,d", MAX_MESSAGE)
                    + ". Describe what you want in a few sentences, or put long text into an item instead.");
        }
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
