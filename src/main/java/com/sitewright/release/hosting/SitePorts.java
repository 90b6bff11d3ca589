package com.sitewright.release.hosting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The public port each site label was given, so addresses stay the same across restarts. */
@Repository
class SitePorts {

    record Assignment(String label, UUID projectId, int port) {}

    private final JdbcTemplate jdbc;

    SitePorts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> portOf(String label) {
        return jdbc.queryForList("select port from site_ports where label = ?", Integer.class, label).stream()
                .findFirst();
    }

    List<Integer> usedPorts() {
        return jdbc.queryForList("select port from site_ports", Integer.class);
    }

    /** Gives the label this port, replacing any port it had. */
    void assign(String label, UUID projectId, int port) {
        jdbc.update("""
                insert into site_ports (label, project_id, port, created_at) values (?, ?, ?, now())
                on conflict (label) do update set port = excluded.port""", label, projectId, port);
    }

    void remove(String label) {
        jdbc.update("delete from site_ports where label = ?", label);
    }

    List<Assignment> ofProject(UUID projectId) {
        return jdbc.query(
                "select label, project_id, port from site_ports where project_id = ?",
                (rs, row) -> new Assignment(
                        rs.getString("label"), rs.getObject("project_id", UUID.class), rs.getInt("port")),
                projectId);
    }
}
