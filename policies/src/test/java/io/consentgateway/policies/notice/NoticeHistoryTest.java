package io.consentgateway.policies.notice;

import static io.consentgateway.policies.testing.Notices.aNotice;
import static io.consentgateway.policies.testing.Notices.aSection;
import static io.consentgateway.policies.testing.Notices.historyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.policies.consent.Purpose;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoticeHistoryTest {

    private static final Purpose MARKETING = new Purpose("marketing");
    private static final Purpose MEMBERSHIP = new Purpose("membership");
    private static final Purpose ANALYTICS = new Purpose("analytics");

    private static NoticeText edited(NoticeText text, boolean chinese) {
        return chinese
                ? new NoticeText(text.zhCn() + "（修订）", text.en())
                : new NoticeText(text.zhCn(), text.en() + " (rev.)");
    }

    static Stream<Arguments> everyPartOfASectionInEitherLanguage() {
        return Stream.of(true, false)
                .flatMap(chinese -> Stream.<UnaryOperator<PurposeNotice>>of(
                                s -> new PurposeNotice(
                                        s.purpose(),
                                        edited(s.description(), chinese),
                                        s.methods(),
                                        s.categories(),
                                        s.retention()),
                                s -> new PurposeNotice(
                                        s.purpose(),
                                        s.description(),
                                        edited(s.methods(), chinese),
                                        s.categories(),
                                        s.retention()),
                                s -> new PurposeNotice(
                                        s.purpose(),
                                        s.description(),
                                        s.methods(),
                                        edited(s.categories(), chinese),
                                        s.retention()),
                                s -> new PurposeNotice(
                                        s.purpose(),
                                        s.description(),
                                        s.methods(),
                                        s.categories(),
                                        edited(s.retention(), chinese)))
                        .map(Arguments::of));
    }

    // PIPL Art. 14: a change to the purpose, the methods or the categories (and here also the retention or the wording
    // in either language) is material for that purpose from the version that makes it.
    @ParameterizedTest(name = "case {index}")
    @MethodSource("everyPartOfASectionInEitherLanguage")
    void anyChangeToAPurposesSectionIsMaterialFromThatVersion(UnaryOperator<PurposeNotice> change) {
        NoticeHistory history = historyOf(
                aNotice(1, aSection("marketing"), aSection("membership")),
                aNotice(2, change.apply(aSection("marketing")), aSection("membership")),
                aNotice(3, change.apply(aSection("marketing")), aSection("membership")));

        assertThat(history.materialVersionFor(MARKETING)).isEqualTo(2);
        assertThat(history.materialVersionFor(MEMBERSHIP)).isEqualTo(1);
    }

    @Test
    void aPurposeAddedLaterIsMaterialFromTheVersionThatAddsIt() {
        NoticeHistory history = historyOf(
                aNotice(1, aSection("membership")), aNotice(2, aSection("membership"), aSection("analytics")));

        assertThat(history.materialVersionFor(ANALYTICS)).isEqualTo(2);
        assertThat(history.materialVersionFor(MEMBERSHIP)).isEqualTo(1);
    }

    // A purpose dropped from the notice and later restored was not covered in between: earlier consents stay stale.
    @Test
    void aPurposeRemovedAndRestoredIsMaterialFromItsRestoration() {
        NoticeHistory history = historyOf(
                aNotice(1, aSection("membership"), aSection("marketing")),
                aNotice(2, aSection("membership")),
                aNotice(3, aSection("membership"), aSection("marketing")));

        assertThat(history.materialVersionFor(MARKETING)).isEqualTo(3);
        assertThat(history.materialVersionFor(MEMBERSHIP)).isEqualTo(1);
    }

    @Test
    void aPurposeNoNoticeCoversHasMaterialVersionZero() {
        assertThat(historyOf(aNotice(1, aSection("membership"))).materialVersionFor(MARKETING))
                .isZero();
        assertThat(historyOf().materialVersionFor(MEMBERSHIP)).isZero();
    }

    // PIPL Art. 14: only purpose, method and category changes need new consent; the handler's contact is not one.
    @Test
    void aChangeOutsideThePurposeSectionsIsNotMaterial() {
        Notice first = aNotice(1, aSection("marketing"));
        Notice second = new Notice(
                2,
                first.handlerName(),
                new NoticeText("新地址", "New address"),
                first.protectionOfficerContact(),
                first.purposes(),
                new NoticeText("新权利说明", "New rights text"),
                new NoticeText("更新联系方式", "Contact updated"));

        assertThat(historyOf(first, second).materialVersionFor(MARKETING)).isEqualTo(1);
        assertThat(historyOf(first).materialChanges(second)).isEmpty();
    }

    @Test
    void materialChangesListsThePurposesTheNextVersionChangesAddsOrRemoves() {
        NoticeHistory history =
                historyOf(aNotice(1, aSection("membership"), aSection("marketing"), aSection("analytics")));
        Notice next =
                aNotice(2, aSection("membership"), aSection("marketing", "now also by SMS"), aSection("sensitive-pi"));

        assertThat(history.materialChanges(next))
                .containsExactlyInAnyOrderEntriesOf(Map.of(MARKETING, 2, new Purpose("sensitive-pi"), 2, ANALYTICS, 2));
        assertThat(historyOf().materialChanges(aNotice(1, aSection("membership"))))
                .isEqualTo(Map.of(MEMBERSHIP, 1));
    }

    @Test
    void onlyTheVersionAfterTheCurrentOneCanBeTheNext() {
        NoticeHistory history = historyOf(aNotice(1, aSection("membership")));

        assertThatThrownBy(() -> history.materialChanges(aNotice(3, aSection("membership"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be version 2");
    }

    @Test
    void versionsMayArriveInAnyOrder() {
        Notice first = aNotice(1, aSection("membership"));
        Notice second = aNotice(2, aSection("membership", "by post"));
        Notice third = aNotice(3, aSection("membership", "by post"));
        NoticeHistory history = new NoticeHistory(List.of(third, first, second));

        assertThat(history.current()).contains(third);
        assertThat(history.version(1)).contains(first);
        assertThat(history.version(4)).isEmpty();
        assertThat(history.version(0)).isEmpty();
        assertThat(history.materialVersionFor(MEMBERSHIP)).isEqualTo(2);
    }

    @Test
    void anEmptyHistoryHasNoCurrentNotice() {
        assertThat(historyOf().current()).isEmpty();
    }

    static Stream<List<Integer>> brokenVersionLists() {
        return Stream.of(List.of(1, 1), List.of(1, 3), List.of(2), List.of(1, 2, 2, 3));
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("brokenVersionLists")
    void duplicateOrMissingVersionsAreRefused(List<Integer> versions) {
        List<Notice> notices = versions.stream()
                .map(version -> aNotice(version, aSection("membership")))
                .toList();

        assertThatThrownBy(() -> new NoticeHistory(notices))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contiguous from 1");
    }
}
