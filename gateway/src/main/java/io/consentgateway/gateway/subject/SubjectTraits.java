package io.consentgateway.gateway.subject;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coarse traits kept in clear beside the encrypted profile for segmentation: the birth year only (age bands), never
 * the date. Not part of the audited subject row, so erasure deletes them outright.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class SubjectTraits {

    private final JdbcClient jdbc;

    SubjectTraits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param overwrite false when the record only fills gaps (the conflict rule): a known year is kept */
    void recordBirthYear(UUID subjectId, int birthYear, boolean overwrite) {
        jdbc.sql("insert into subject_trait (subject_id, birth_year) values (?, ?) on conflict (subject_id) do "
                        + (overwrite ? "update set birth_year = excluded.birth_year" : "nothing"))
                .params(subjectId, (short) birthYear)
                .update();
    }

    int eraseFor(UUID subjectId) {
        return jdbc.sql("delete from subject_trait where subject_id = ?")
                        .param(subjectId)
                        .update()
                + jdbc.sql("delete from customer_tags where subject_id = ?")
                        .param(subjectId)
                        .update();
    }
}
