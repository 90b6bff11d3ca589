package com.sitewright.cms.webhook;

import com.sitewright.base.NotFoundException;
import com.sitewright.base.PublicUrlSettings;
import com.sitewright.base.SecretBox;
import com.sitewright.cms.connection.CmsConnections;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.content.ContentChangedEvent;
import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentJobs;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives a project's CMS webhooks: checks the secret or signature before anything else, maps the vendor's
 * document to the studio item it was pushed from (see {@link com.sitewright.cms.VendorKeys}) and announces the
 * change, so that sites reading from the CMS refresh the item's pages. The vendor is not a signed-in user: the
 * secret is the only credential.
 */
@Service
public class CmsWebhookService {

    private static final Logger log = LoggerFactory.getLogger(CmsWebhookService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Refused calls per project within a minute before the webhook pauses: a vendor never gets its secret wrong. */
    static final int REFUSALS_PER_MINUTE = 20;

    private static final long MINUTE_MILLIS = 60_000;
    private static final Pattern GRAPH_DOC_ID = Pattern.compile("^(.+)_([^_]+)_([^_]+)$");
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern STUDIO_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> CONTENTFUL_PUBLISHING =
            Set.of("publish", "unpublish", "delete", "archive", "unarchive");
    private static final Set<String> CONTENTFUL_DRAFTS = Set.of("create", "save", "auto_save");

    private final CmsWebhookRepository hooks;
    private final CmsConnections connections;
    private final ContentJobs content;
    private final SecretBox box;
    private final PublicUrlSettings publicUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, Deque<Long>> refusals = new ConcurrentHashMap<>();

    CmsWebhookService(
            CmsWebhookRepository hooks,
            CmsConnections connections,
            ContentJobs content,
            SecretBox box,
            PublicUrlSettings publicUrl,
            ApplicationEventPublisher events,
            Clock clock) {
        this.hooks = hooks;
        this.connections = connections;
        this.content = content;
        this.box = box;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    /** The path of a project's webhook for a provider, below the studio's public URL. */
    public static String path(UUID projectId, CmsProvider provider) {
        return "/api/v1/projects/" + projectId + "/cms-webhooks/" + provider.id();
    }

    /**
     * Handles one call from the vendor.
     *
     * @throws NotFoundException          when the project, its connection to this provider or its webhook does not exist
     * @throws WebhookThrottledException  after too many refused calls for the project
     * @throws WebhookRefusedException    when the secret or signature does not hold
     * @throws MalformedWebhookException  when an authentic call's body cannot be read
     */
    // The vendor is no signed-in user: the webhook's secret or signature, checked first, is its credential.
    @PreAuthorize("permitAll()")
    public WebhookReceipt receive(UUID projectId, String providerId, WebhookCall call) {
        CmsProvider provider = CmsProvider.of(providerId)
                .filter(found -> found.id().equals(providerId))
                .orElseThrow(
                        () -> new NotFoundException("There is no CMS webhook here: the last part of the address is "
                                + "optimizely, contentful or sanity."));
        throttle(projectId);
        if (connections.providerOf(projectId).filter(provider::equals).isEmpty()) {
            throw new NotFoundException("No project with a " + provider.id() + " connection has this address.");
        }
        CmsWebhook hook = hooks.findById(projectId)
                .orElseThrow(
                        () -> new NotFoundException(
                                "This project's webhook is not set up yet: the studio creates it when the connection is saved."));
        String secret;
        try {
            secret = box.open(hook.getSecret(), projectId);
        } catch (SecretBox.SecretRefusedException e) {
            refuse(
                    projectId,
                    provider,
                    "The studio cannot open this project's webhook secret (was its secrets key "
                            + "changed?): save the CMS connection again to register a new webhook.");
            return null;
        }
        String refusal = switch (provider) {
            case OPTIMIZELY ->
                call.urlSecret() == null
                        ? "The webhook address carries no secret: use the address the studio registered with Optimizely Graph."
                        : WebhookSignatures.sameSecret(call.urlSecret(), secret)
                                ? null
                                : "The secret in the webhook address is not this project's: use the address the studio registered.";
            case CONTENTFUL ->
                WebhookSignatures.contentfulRefusal(
                        secret,
                        call.method(),
                        call.path(),
                        name -> call.header().apply(name),
                        call.body(),
                        clock.instant());
            case SANITY ->
                WebhookSignatures.sanityRefusal(secret, call.header().apply("sanity-webhook-signature"), call.body());
        };
        if (refusal != null) {
            refuse(projectId, provider, refusal);
        }
        JsonNode body = json(call.body());
        WebhookReceipt receipt = switch (provider) {
            case OPTIMIZELY -> optimizely(projectId, body);
            case CONTENTFUL -> contentful(projectId, call.header().apply("x-contentful-topic"), body);
            case SANITY -> sanity(projectId, body);
        };
        log.info(
                "{} webhook for project {}: {}",
                provider.id(),
                projectId,
                receipt.ignored() != null
                        ? "ignored, " + receipt.ignored()
                        : receipt.everything()
                                ? "refreshing everything"
                                : "refreshing " + receipt.items().size() + " item(s)");
        return receipt;
    }

    /** The state of the project's webhook, for whoever may see the project. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public WebhookStatus status(UUID projectId) {
        CmsProvider provider = connections
                .providerOf(projectId)
                .orElseThrow(() -> new NotFoundException("This project has no CMS connection yet."));
        String url =
                publicUrl.base().map(base -> base + path(projectId, provider)).orElse(null);
        return hooks.findById(projectId)
                .map(hook -> new WebhookStatus(
                        provider.id(), hook.getState().id(), hook.getDetail(), url, hook.getUpdatedAt()))
                .orElseGet(() -> new WebhookStatus(
                        provider.id(), WebhookState.PENDING.id(), "The webhook's registration is queued.", url, null));
    }

    private WebhookReceipt optimizely(UUID projectId, JsonNode body) {
        JsonNode type = body.path("type");
        String subject = type.path("subject").asString("");
        String action = type.path("action").asString("");
        if (!type.isObject() || subject.isEmpty() || action.isEmpty()) {
            throw new MalformedWebhookException(
                    false,
                    "An Optimizely Graph webhook body has type.subject and type.action "
                            + "(e.g. {\"type\":{\"subject\":\"doc\",\"action\":\"updated\"},\"data\":{\"docId\":\"…\"}}).");
        }
        if (subject.equals("bulk")) {
            return announce(projectId, List.of(), true, true);
        }
        if (!subject.equals("doc") || !action.equals("updated")) {
            return WebhookReceipt.ignored("the event " + safe(subject) + "." + safe(action) + " changes no content");
        }
        String docId = body.path("data").path("docId").asString("");
        Matcher matcher = GRAPH_DOC_ID.matcher(docId);
        if (!matcher.matches()) {
            throw new MalformedWebhookException(
                    false, "A doc.updated webhook has data.docId of the form " + "<key>_<locale>_<status>.");
        }
        String key = matcher.group(1).replace("-", "");
        boolean published = matcher.group(3).equalsIgnoreCase("Published");
        Optional<UUID> id = HEX_KEY.matcher(key).matches()
                ? Optional.of(com.sitewright.cms.VendorKeys.fromOptimizelyContent(key))
                : Optional.empty();
        return announce(projectId, id, published);
    }

    private WebhookReceipt contentful(UUID projectId, String topic, JsonNode body) {
        if (topic == null || !topic.strip().matches("ContentManagement\\.[A-Za-z]+\\.[A-Za-z_]+")) {
            throw new MalformedWebhookException(
                    false,
                    "A Contentful webhook has an X-Contentful-Topic header of the form "
                            + "ContentManagement.<Type>.<action>.");
        }
        String[] parts = topic.strip().split("\\.");
        String kind = parts[1];
        String action = parts[2].toLowerCase(Locale.ROOT);
        boolean published;
        if (CONTENTFUL_PUBLISHING.contains(action)) {
            published = true;
        } else if (CONTENTFUL_DRAFTS.contains(action)) {
            published = false;
        } else {
            return WebhookReceipt.ignored("the event " + kind + "." + safe(action) + " changes no content");
        }
        return switch (kind) {
            case "Entry" -> {
                String id = body.path("sys").path("id").asString("");
                if (id.isEmpty()) {
                    throw new MalformedWebhookException(false, "A Contentful entry webhook has the entry's sys.id.");
                }
                yield announce(projectId, studioId(id), published);
            }
            case "Asset", "ContentType" -> announce(projectId, List.of(), true, published);
            default -> WebhookReceipt.ignored("the event " + safe(kind) + "." + safe(action) + " changes no content");
        };
    }

    private WebhookReceipt sanity(UUID projectId, JsonNode body) {
        String id = body.path("_id").asString("");
        if (id.isEmpty()) {
            throw new MalformedWebhookException(
                    false,
                    "A Sanity webhook body carries the document's _id (the default "
                            + "projection, or one that keeps _id).");
        }
        boolean draft = id.startsWith("drafts.") || id.startsWith("versions.");
        String plain = id.startsWith("drafts.") ? id.substring("drafts.".length()) : id;
        if (plain.startsWith("versions.")) {
            plain = plain.substring(plain.indexOf('.', "versions.".length()) + 1);
        }
        if (plain.startsWith("image-") || plain.startsWith("file-")) {
            return announce(projectId, List.of(), true, !draft);
        }
        return announce(projectId, studioId(plain), !draft);
    }

    private static Optional<UUID> studioId(String vendorId) {
        return STUDIO_ID.matcher(vendorId).matches() ? Optional.of(UUID.fromString(vendorId)) : Optional.empty();
    }

    /** A document the studio pushed refreshes its item; any other (made in the CMS) refreshes everything. */
    private WebhookReceipt announce(UUID projectId, Optional<UUID> id, boolean published) {
        if (id.isEmpty()) {
            return announce(projectId, List.of(), true, published);
        }
        Optional<ContentItemRow> working = content.item(projectId, ContentCopy.WORKING, id.get());
        Optional<ContentItemRow> shown = content.item(projectId, ContentCopy.PUBLISHED, id.get());
        Optional<ContentItemRow> any = working.or(() -> shown);
        if (any.isEmpty()) {
            return announce(projectId, List.of(), true, published);
        }
        ContentChangedEvent.ChangedItem item = new ContentChangedEvent.ChangedItem(
                id.get(),
                any.get().typeKey(),
                any.get().slug(),
                shown.map(ContentItemRow::slug).orElse(null));
        return announce(projectId, List.of(item), false, published);
    }

    private WebhookReceipt announce(
            UUID projectId, List<ContentChangedEvent.ChangedItem> items, boolean everything, boolean published) {
        events.publishEvent(new CmsContentChanged(projectId, items, everything, published));
        return new WebhookReceipt(
                items.stream().map(ContentChangedEvent.ChangedItem::id).toList(), everything, published, null);
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new MalformedWebhookException(false, "The webhook body is JSON but not an object.");
            }
            return node;
        } catch (tools.jackson.core.JacksonException e) {
            throw new MalformedWebhookException(true, "The webhook body is not JSON.");
        }
    }

    private void throttle(UUID projectId) {
        Deque<Long> recent = refusals.get(projectId);
        if (recent == null) {
            return;
        }
        long now = clock.millis();
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst() < now - MINUTE_MILLIS) {
                recent.pollFirst();
            }
            if (recent.size() >= REFUSALS_PER_MINUTE) {
                throw new WebhookThrottledException(
                        Math.max(1, (recent.peekFirst() + MINUTE_MILLIS - now + 999) / 1000));
            }
        }
    }

    private void refuse(UUID projectId, CmsProvider provider, String why) {
        Deque<Long> recent = refusals.computeIfAbsent(projectId, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.millis());
            while (recent.size() > REFUSALS_PER_MINUTE) {
                recent.pollFirst();
            }
        }
        log.info("Refused a {} webhook call for project {}: {}", provider.id(), projectId, why);
        throw new WebhookRefusedException(why);
    }

    /** Only plain words from a vendor's body are repeated in an answer. */
    private static String safe(String text) {
        return text.matches("[A-Za-z_]{1,40}") ? text : "?";
    }
}
