package com.sitewright.cms.connection;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.SecretBox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's one connection to its CMS: saved by the project's editors, read by whoever may see the
 * project (secrets masked), and tested against the vendor. Someone else's project is "not found".
 */
@Service
public class CmsConnectionService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private final CmsConnectionRepository connections;
    private final SecretBox box;
    private final Clock clock;
    private final VendorProbes probes;
    private final ApplicationEventPublisher events;
    private final CmsConnections opened;

    CmsConnectionService(
            CmsConnectionRepository connections,
            CmsConnections opened,
            SecretBox box,
            VendorProbes probes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.connections = connections;
        this.opened = opened;
        this.box = box;
        this.probes = probes;
        this.events = events;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public Optional<CmsConnectionView> find(UUID projectId) {
        return connections.findById(projectId).map(this::view);
    }

    /**
     * Replaces the project's connection. Plain settings left out take their defaults; a secret left out or
     * sent back masked keeps the stored one (while the provider stays the same).
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public CmsConnectionView save(UUID projectId, String providerId, Map<String, ?> settings) {
        CmsProvider provider = CmsProvider.of(providerId)
                .orElseThrow(() -> new InvalidInputException("provider is one of optimizely, contentful or sanity."));
        Optional<CmsConnection> existing = connections.findById(projectId);
        Map<String, String> stored = existing.filter(connection -> connection.getProvider() == provider)
                .map(this::storedSecrets)
                .orElse(Map.of());
        ConnectionSettings checked = ConnectionSettings.check(provider, settings, stored);
        Map<String, String> sealedSecrets = new LinkedHashMap<>();
        checked.secrets().forEach((name, value) -> sealedSecrets.put(name, box.seal(value, projectId)));
        CmsConnection connection = existing.orElseGet(() -> new CmsConnection(projectId));
        connection.replace(
                provider,
                JSON.writeValueAsString(checked.plain()),
                JSON.writeValueAsString(sealedSecrets),
                clock.instant());
        CmsConnectionView saved = view(connections.save(connection));
        events.publishEvent(new CmsConnectionSaved(projectId, provider));
        return saved;
    }

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    @Transactional
    public void delete(UUID projectId) {
        connections.findById(projectId).ifPresent(connections::delete);
    }

    /**
     * Tries the saved connection with one cheap read at the vendor. No transaction is held while the vendor
     * answers (which may take up to the probe's timeouts).
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public ConnectionCheck test(UUID projectId) {
        CmsConnection connection = connections
                .findById(projectId)
                .orElseThrow(() -> new NotFoundException("This project has no CMS connection yet."));
        OpenConnection open;
        try {
            open = opened.open(connection);
        } catch (SecretBox.SecretRefusedException e) {
            return ConnectionCheck.fails("The stored secrets cannot be opened with the studio's secrets key "
                    + "(was the key changed?): save the connection's secrets again.");
        }
        return probes.check(open.provider(), open.settings(), open.secrets());
    }

    /** The stored secrets, or none when they no longer open (the secrets key changed): they must be sent again. */
    private Map<String, String> storedSecrets(CmsConnection connection) {
        try {
            return opened.open(connection).secrets();
        } catch (SecretBox.SecretRefusedException e) {
            return Map.of();
        }
    }

    private CmsConnectionView view(CmsConnection connection) {
        Map<String, String> shown = new LinkedHashMap<>(JSON.readValue(connection.getSettings(), MAP));
        Map<String, String> sealedSecrets = JSON.readValue(connection.getSecrets(), MAP);
        for (Setting setting : connection.getProvider().settings()) {
            if (setting.secret() && sealedSecrets.containsKey(setting.name())) {
                String masked;
                try {
                    masked = SecretBox.mask(box.open(sealedSecrets.get(setting.name()), connection.getProjectId()));
                } catch (SecretBox.SecretRefusedException e) {
                    masked = SecretBox.mask("unreadable");
                }
                shown.put(setting.name(), masked);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        connection.getProvider().settings().forEach(setting -> {
            if (shown.containsKey(setting.name())) {
                ordered.put(setting.name(), shown.get(setting.name()));
            }
        });
        return new CmsConnectionView(connection.getProvider().id(), ordered, connection.getUpdatedAt());
    }
}
