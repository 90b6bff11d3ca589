package com.sitewright.cms.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The push records of a project in one CMS; each is committed as soon as its write succeeded. */
@Repository
class PushRecordStore {

    private final Clock clock;

    private final JdbcClient jdbc;

    PushRecordStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Every record of the project in that CMS, by kind and studio ID. */
    Map<RecordKind, Map<String, PushRecord>> load(UUID projectId, String target) {
        Map<RecordKind, Map<String, PushRecord>> records = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            records.put(kind, new HashMap<>());
        }
        jdbc.sql("select kind, studio_id, vendor_key, hash, vendor_version, published from cms_push_records"
                        + " where project_id = ? and target = ?")
                .params(projectId, target)
                .query((rs, row) -> new PushRecord(
                        RecordKind.of(rs.getString("kind")),
                        rs.getString("studio_id"),
                        rs.getString("vendor_key"),
                        rs.getString("hash"),
                        rs.getString("vendor_version"),
                        rs.getBoolean("published")))
                .list()
                .forEach(record -> records.get(record.kind()).put(record.studioId(), record));
        return records;
    }

    void save(UUID projectId, String target, PushRecord record) {
        jdbc.sql("insert into cms_push_records (project_id, target, kind, studio_id, vendor_key, hash, vendor_version,"
                        + " published, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (project_id, target, kind, studio_id) do update set vendor_key = excluded.vendor_key,"
                        + " hash = excluded.hash, vendor_version = excluded.vendor_version, published = excluded.published,"
                        + " updated_at = excluded.updated_at")
                .params(
                        projectId,
                        target,
                        record.kind().id(),
                        record.studioId(),
                        record.vendorKey(),
                        record.hash(),
                        record.vendorVersion(),
                        record.published(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    void delete(UUID projectId, String target, RecordKind kind, String studioId) {
        jdbc.sql("delete from cms_push_records where project_id = ? and target = ? and kind = ? and studio_id = ?")
                .params(projectId, target, kind.id(), studioId)
                .update();
    }
}
