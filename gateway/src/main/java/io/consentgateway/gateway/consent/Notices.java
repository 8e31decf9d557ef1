package io.consentgateway.gateway.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.api.model.LocalizedText;
import io.consentgateway.api.model.Notice;
import io.consentgateway.api.model.PurposeNoticeSection;
import io.consentgateway.gateway.keys.Hasher;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.notice.NoticeCheck;
import io.consentgateway.policies.notice.NoticeDraft;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.policies.notice.PurposeDraft;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versioned privacy notices (PIPL Art. 17): published append-only, every element required in zh-CN and en,
 * material changes reported so that earlier consents for those purposes become stale (Art. 14). The first start
 * publishes the shipped notice (notices/v1.json) so that consent can be given from day one.
 */
@Service
public class Notices implements NoticeHistorySource {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);
    private static final Duration CACHE_FOR = Duration.ofSeconds(10);

    private final NoticeRepository notices;
    private final NoticeCheck check;
    private final Hasher hasher;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    Notices(
            NoticeRepository notices,
            NoticeCheck check,
            Hasher hasher,
            ObjectMapper json,
            TransactionTemplate transactions,
            Clock clock) {
        this.notices = notices;
        this.check = check;
        this.hasher = hasher;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    void publishShippedNoticeIfNone() {
        if (notices.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("notices/v1.json").getInputStream()) {
            publish(json.readValue(in, Notice.class), "system");
            log.info("Published the shipped privacy notice as version 1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The published notices, cached briefly: every ingested record consults them, and another gateway instance may
     * have published a new version in the meantime.
     */
    @Override
    public NoticeHistory history() {
        Cached cached = cache.get();
        if (cached != null && cached.loadedAt().plus(CACHE_FOR).isAfter(clock.instant())) {
            return cached.history();
        }
        NoticeHistory loaded = load();
        cache.set(new Cached(loaded, clock.instant()));
        return loaded;
    }

    private NoticeHistory load() {
        return new NoticeHistory(notices.findAllByOrderByVersion().stream()
                .map(row -> validated(read(row)))
                .toList());
    }

    private record Cached(NoticeHistory history, Instant loadedAt) {}

    public Optional<Notice> current() {
        List<NoticeRow> all = notices.findAllByOrderByVersion();
        return all.isEmpty() ? Optional.empty() : Optional.of(read(all.get(all.size() - 1)));
    }

    public Optional<Notice> version(int version) {
        return notices.findById(version).map(this::read);
    }

    /** @return the purposes whose earlier consents this version makes stale */
    public List<String> publish(Notice notice, String publishedBy) {
        io.consentgateway.policies.notice.Notice checked = validated(notice);
        List<String> material = transactions.execute(status -> {
            int expected = notices.findAllByOrderByVersion().size() + 1;
            if (checked.version() != expected) {
                throw new FieldProblem(HttpStatus.BAD_REQUEST, "version", "The next notice version is " + expected);
            }
            List<String> changed = load().materialChanges(checked).keySet().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            String content = write(notice.publishedAt(null));
            notices.save(new NoticeRow(
                    checked.version(),
                    content,
                    hasher.algorithm().configName() + ":"
                            + HexFormat.of().formatHex(hasher.digest(content.getBytes(StandardCharsets.UTF_8))),
                    publishedBy,
                    clock.instant()));
            return changed;
        });
        cache.set(null);
        return material;
    }

    private io.consentgateway.policies.notice.Notice validated(Notice notice) {
        Validated<io.consentgateway.policies.notice.Notice> checked = check.check(draft(notice));
        if (checked instanceof Invalid<io.consentgateway.policies.notice.Notice> invalid) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST,
                    invalid.rejection().field(),
                    "The notice is incomplete (PIPL Art. 17): "
                            + invalid.rejection().reason());
        }
        return ((Valid<io.consentgateway.policies.notice.Notice>) checked).value();
    }

    private static NoticeDraft draft(Notice notice) {
        return new NoticeDraft(
                notice.getVersion(),
                texts(notice.getHandlerName()),
                texts(notice.getHandlerContact()),
                texts(notice.getProtectionOfficerContact()),
                notice.getPurposes() == null
                        ? null
                        : notice.getPurposes().stream().map(Notices::purpose).toList(),
                texts(notice.getRights()),
                texts(notice.getChangesSummary()));
    }

    private static PurposeDraft purpose(PurposeNoticeSection section) {
        return new PurposeDraft(
                section.getPurpose(),
                texts(section.getDescription()),
                texts(section.getMethods()),
                texts(section.getCategories()),
                texts(section.getRetention()));
    }

    private static Map<String, String> texts(LocalizedText text) {
        if (text == null) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        byLanguage.put("zh-CN", text.getZhCN());
        byLanguage.put("en", text.getEn());
        return byLanguage;
    }

    private Notice read(NoticeRow row) {
        try {
            return json.readValue(row.content(), Notice.class)
                    .publishedAt(row.publishedAt().atOffset(ZoneOffset.UTC));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored notice version " + row.version() + " is unreadable", e);
        }
    }

    private String write(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notice could not be serialised", e);
        }
    }
}
