package io.consentgateway.policies.notice;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.Validated;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a submitted notice before it may be published: every element PIPL Art. 17 requires must be there in both
 * languages, or the notice is rejected naming the first gap, e.g. {@code missing:handlerContact.en} or
 * {@code missing:purposes[marketing].retention.zh-CN}. Purposes must be in the catalogue
 * ({@code unknown-purpose:purposes[xyz]}), each at most once ({@code duplicate-purpose:purposes[marketing]}), and at
 * least one must be covered ({@code missing:purposes}). With a protection officer's contact configured (PIPL Art. 52)
 * the officer element must give it in both languages ({@code not-the-protection-officer:protectionOfficerContact.en}).
 */
public final class NoticeCheck {

    static final String ZH_CN = "zh-CN";
    static final String EN = "en";

    private final PurposeCatalogue catalogue;
    private final String protectionOfficerContact;

    public NoticeCheck(PurposeCatalogue catalogue) {
        this(catalogue, "");
    }

    /**
     * @param protectionOfficerContact the personal information protection officer's contact (PIPL Art. 52), e.g. an
     *     email address, that the officer element must give in both languages; blank: any text will do
     */
    public NoticeCheck(PurposeCatalogue catalogue, String protectionOfficerContact) {
        this.catalogue = catalogue;
        this.protectionOfficerContact = protectionOfficerContact == null ? "" : protectionOfficerContact.strip();
    }

    public Validated<Notice> check(NoticeDraft draft) {
        Findings findings = new Findings();
        Notice notice = read(draft, findings);
        return findings.rejections.isEmpty()
                ? Validated.valid(notice)
                : new Validated.Invalid<>(findings.rejections.get(0));
    }

    /** Every gap in the draft, in document order; empty if it may be published. */
    List<Rejection> rejections(NoticeDraft draft) {
        Findings findings = new Findings();
        read(draft, findings);
        return List.copyOf(findings.rejections);
    }

    /** The notice, or {@code null} with the reasons recorded in {@code findings}. */
    private Notice read(NoticeDraft draft, Findings findings) {
        Integer version = draft.version();
        if (version == null) {
            findings.reject("missing", "version");
        } else if (version < 1) {
            findings.reject("invalid-version", "version");
        }
        NoticeText handlerName = findings.text(draft.handlerName(), "handlerName");
        NoticeText handlerContact = findings.text(draft.handlerContact(), "handlerContact");
        NoticeText officer = findings.text(draft.protectionOfficerContact(), "protectionOfficerContact");
        if (officer != null && !protectionOfficerContact.isEmpty()) {
            if (!officer.zhCn().contains(protectionOfficerContact)) {
                findings.reject("not-the-protection-officer", "protectionOfficerContact." + ZH_CN);
            }
            if (!officer.en().contains(protectionOfficerContact)) {
                findings.reject("not-the-protection-officer", "protectionOfficerContact." + EN);
            }
        }
        List<PurposeNotice> purposes = purposes(draft.purposes(), findings);
        NoticeText rights = findings.text(draft.rights(), "rights");
        NoticeText changes = findings.text(draft.changesSummary(), "changesSummary");
        if (!findings.rejections.isEmpty()) {
            return null;
        }
        return new Notice(version, handlerName, handlerContact, officer, purposes, rights, changes);
    }

    private List<PurposeNotice> purposes(List<PurposeDraft> drafts, Findings findings) {
        if (drafts == null || drafts.isEmpty()) {
            findings.reject("missing", "purposes");
            return List.of();
        }
        List<PurposeNotice> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < drafts.size(); index++) {
            PurposeDraft draft = drafts.get(index);
            if (draft == null) {
                findings.reject("missing", "purposes[" + index + "]");
                continue;
            }
            String name = draft.purpose() == null ? "" : draft.purpose().strip();
            if (name.isEmpty()) {
                findings.reject("missing", "purposes[" + index + "].purpose");
                continue;
            }
            String path = "purposes[" + name + "]";
            boolean known = Purpose.isValidName(name)
                    && catalogue.find(new Purpose(name)).isPresent();
            if (!known) {
                findings.reject("unknown-purpose", path);
            } else if (!seen.add(name)) {
                findings.reject("duplicate-purpose", path);
            }
            NoticeText description = findings.text(draft.description(), path + ".description");
            NoticeText methods = findings.text(draft.methods(), path + ".methods");
            NoticeText categories = findings.text(draft.categories(), path + ".categories");
            NoticeText retention = findings.text(draft.retention(), path + ".retention");
            if (known && findings.rejections.isEmpty()) {
                sections.add(new PurposeNotice(new Purpose(name), description, methods, categories, retention));
            }
        }
        return sections;
    }

    /** Collects rejections while reading; a text missing in either language is recorded per language. */
    private static final class Findings {

        private final List<Rejection> rejections = new ArrayList<>();

        void reject(String code, String path) {
            rejections.add(new Rejection(code, path));
        }

        NoticeText text(Map<String, String> texts, String path) {
            String zhCn = present(texts, ZH_CN);
            String en = present(texts, EN);
            if (zhCn == null) {
                reject("missing", path + "." + ZH_CN);
            }
            if (en == null) {
                reject("missing", path + "." + EN);
            }
            return zhCn == null || en == null ? null : new NoticeText(zhCn, en);
        }

        private static String present(Map<String, String> texts, String language) {
            String text = texts == null ? null : texts.get(language);
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
