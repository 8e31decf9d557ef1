package io.consentgateway.gateway.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.api.model.Segment;
import io.consentgateway.api.model.SegmentDefinition;
import io.consentgateway.api.model.SegmentRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Segment definitions; the rule is kept as its JSON. */
@Repository
class SegmentStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SegmentStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Segment> all() {
        return jdbc.sql("select * from segment order by name")
                .query(this::segment)
                .list();
    }

    Optional<Segment> find(UUID id) {
        return jdbc.sql("select * from segment where id = ?")
                .param(id)
                .query(this::segment)
                .optional();
    }

    boolean nameTakenByAnother(String name, UUID id) {
        return jdbc.sql("select count(*) from segment where name = ? and id <> ?")
                        .params(name, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, SegmentDefinition definition, String actor, Instant at) {
        jdbc.sql("""
                        insert into segment (id, name, purpose, rule, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        definition.getName(),
                        definition.getPurpose(),
                        write(definition.getRule()),
                        actor,
                        at.atOffset(ZoneOffset.UTC),
                        actor,
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean update(UUID id, SegmentDefinition definition, String actor, Instant at) {
        return jdbc.sql(
                                "update segment set name = ?, purpose = ?, rule = ?, updated_by = ?, updated_at = ? where id = ?")
                        .params(
                                definition.getName(),
                                definition.getPurpose(),
                                write(definition.getRule()),
                                actor,
                                at.atOffset(ZoneOffset.UTC),
                                id)
                        .update()
                == 1;
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from segment where id = ?").param(id).update() == 1;
    }

    private Segment segment(ResultSet row, int number) throws SQLException {
        Segment segment = new Segment();
        segment.setSegmentId(row.getObject("id", UUID.class));
        segment.setName(row.getString("name"));
        segment.setPurpose(row.getString("purpose"));
        segment.setRule(read(row.getString("rule")));
        segment.setUpdatedBy(row.getString("updated_by"));
        segment.setUpdatedAt(row.getObject("updated_at", java.time.OffsetDateTime.class));
        return segment;
    }

    private String write(SegmentRule rule) {
        try {
            return json.writeValueAsString(rule == null ? new SegmentRule() : rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A segment rule could not be written", e);
        }
    }

    private SegmentRule read(String rule) {
        try {
            return json.readValue(rule, SegmentRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored segment rule could not be read", e);
        }
    }
}
