package com.sitewright.cms.connection;

import com.sitewright.base.JobApi;
import com.sitewright.base.SecretBox;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Project connections for the studio's own calls to the vendor (pushes, site builds, webhooks), which act for a
 * user already checked or for the vendor itself.
 */
@Service
@JobApi
public class CmsConnections {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private final CmsConnectionRepository connections;
    private final SecretBox box;

    CmsConnections(CmsConnectionRepository connections, SecretBox box) {
        this.connections = connections;
        this.box = box;
    }

    /**
     * The project's connection with its secrets opened, if it has one.
     *
     * @throws SecretBox.SecretRefusedException when the stored secrets no longer open (the secrets key changed)
     */
    @Transactional(readOnly = true)
    public Optional<OpenConnection> open(UUID projectId) {
        return connections.findById(projectId).map(this::open);
    }

    /** Which CMS the project is connected to, if any (no secret is opened). */
    @Transactional(readOnly = true)
    public Optional<CmsProvider> providerOf(UUID projectId) {
        return connections.findById(projectId).map(CmsConnection::getProvider);
    }

    OpenConnection open(CmsConnection connection) {
        Map<String, String> secrets = new LinkedHashMap<>();
        JSON.readValue(connection.getSecrets(), MAP)
                .forEach((name, cipherText) -> secrets.put(name, box.open(cipherText, connection.getProjectId())));
        return new OpenConnection(connection.getProvider(), JSON.readValue(connection.getSettings(), MAP), secrets);
    }
}
