package it.orienta.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.cv.CvFileView;
import it.orienta.intake.ConsentState;
import it.orienta.portal.TransferRules.Decision;
import it.orienta.portal.TransferRules.Delivered;
import it.orienta.portal.TransferRules.Gone;
import it.orienta.portal.TransferRules.Refused;
import it.orienta.portal.TransferRules.Unavailable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TransferRulesTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(1);

    Decision after(TransferKind kind, TransferState state, TransferRules.Outcome outcome, int attempts) {
        return TransferRules.afterAttempt(kind, state, outcome, attempts, NOW, 8, BACKOFF, MAX);
    }

    @ParameterizedTest
    @CsvSource({
        "RECEIVED, SENT",
        "AWAITING_CONFIRMATION, PRE_REGISTERED",
        "ACCEPTED, ACCEPTED",
        "REMOVED, SENT",
    })
    void aDeliveredUploadTakesThePortalsReceipt(String receipt, TransferState expected) {
        var d = after(TransferKind.UPLOAD, TransferState.REQUESTED, new Delivered(receipt), 1);
        assertThat(d.state()).isEqualTo(expected);
        assertThat(d.nextAttemptAt()).isNull();
        assertThat(d.reason()).isNull();
    }

    @Test
    void aDeliveredRemovalIsRemoved() {
        assertThat(after(TransferKind.REMOVAL, TransferState.RETRYING, new Delivered("REMOVED"), 3)
                        .state())
                .isEqualTo(TransferState.REMOVED);
    }

    @Test
    void anUnavailablePortalIsRetriedWithDoublingBackoffUntilTheLastAttemptFails() {
        var first = after(TransferKind.UPLOAD, TransferState.REQUESTED, new Unavailable("HTTP 503"), 1);
        assertThat(first.state()).isEqualTo(TransferState.RETRYING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(first.reason()).isEqualTo("HTTP 503");
        var third = after(TransferKind.UPLOAD, TransferState.RETRYING, new Unavailable("timeout"), 3);
        assertThat(third.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
        var last = after(TransferKind.UPLOAD, TransferState.RETRYING, new Unavailable("timeout"), 8);
        assertThat(last.state()).isEqualTo(TransferState.FAILED);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(last.reason()).isEqualTo("timeout");
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(TransferRules.backoff(0, BACKOFF, MAX)).isZero();
        assertThat(TransferRules.backoff(1, BACKOFF, MAX)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TransferRules.backoff(2, BACKOFF, MAX)).isEqualTo(Duration.ofSeconds(60));
        assertThat(TransferRules.backoff(5, BACKOFF, MAX)).isEqualTo(Duration.ofMinutes(8));
        assertThat(TransferRules.backoff(8, BACKOFF, MAX)).isEqualTo(MAX);
        assertThat(TransferRules.backoff(1000, BACKOFF, MAX)).isEqualTo(MAX);
        assertThat(TransferRules.backoff(3, Duration.ZERO, MAX)).isZero();
    }

    @Test
    void aRefusalFailsAtOnceWithThePortalsReason() {
        var d = after(TransferKind.UPLOAD, TransferState.REQUESTED, new Refused("HTTP 422: profilo sospeso"), 1);
        assertThat(d.state()).isEqualTo(TransferState.FAILED);
        assertThat(d.reason()).isEqualTo("HTTP 422: profilo sospeso");
    }

    @Test
    void aCvGoneMeanwhileCancelsTheTransfer() {
        assertThat(after(TransferKind.UPLOAD, TransferState.REQUESTED, new Gone("portal.reason.cv-deleted"), 1)
                        .state())
                .isEqualTo(TransferState.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(
            value = TransferState.class,
            names = {"SENT", "ACCEPTED", "PRE_REGISTERED", "FAILED", "CANCELLED", "REMOVED"})
    void noAttemptIsMadeOnATransferNotWaitingForOne(TransferState state) {
        assertThatThrownBy(() -> after(TransferKind.UPLOAD, state, new Delivered("RECEIVED"), 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "SENT, CV_ACCEPTED, ACCEPTED",
        "PRE_REGISTERED, CV_ACCEPTED, ACCEPTED",
        "REQUESTED, CV_ACCEPTED, ACCEPTED",
        "SENT, CV_REFUSED, FAILED",
        "ACCEPTED, CV_ACCEPTED, ",
        "CANCELLED, CV_ACCEPTED, ",
        "FAILED, CV_ACCEPTED, ",
        "SENT, PERSON_CONFIRMED, ",
    })
    void noticesMoveOnlyOpenTransfers(TransferState state, String notice, TransferState expected) {
        assertThat(TransferRules.afterNotice(state, notice)).isEqualTo(expected);
    }

    @Test
    void withdrawalCancelsWhatIsNotSettledAndRemovesWhatMayHaveReachedTheSearch() {
        for (var s : TransferState.values()) {
            boolean cancels = TransferRules.cancelledByWithdrawal(s);
            assertThat(cancels)
                    .as(s.name())
                    .isEqualTo(
                            s != TransferState.ACCEPTED && s != TransferState.CANCELLED && s != TransferState.REMOVED);
        }
        assertThat(TransferRules.mayBeOnSearchSystem(TransferState.ACCEPTED, 1)).isTrue();
        assertThat(TransferRules.mayBeOnSearchSystem(TransferState.SENT, 1)).isTrue();
        assertThat(TransferRules.mayBeOnSearchSystem(TransferState.RETRYING, 2)).isTrue();
        assertThat(TransferRules.mayBeOnSearchSystem(TransferState.REQUESTED, 0))
                .isFalse();
        assertThat(TransferRules.mayBeOnSearchSystem(TransferState.CANCELLED, 3))
                .isFalse();
    }

    @Test
    void onlyAFailedTransferIsRetriedByHand() {
        for (var s : TransferState.values()) {
            assertThat(TransferRules.retryableByHand(s)).as(s.name()).isEqualTo(s == TransferState.FAILED);
        }
    }

    @Test
    void theConditionsSayWhichFails() {
        var valid = cv(false);
        assertThat(TransferService.failing(ConsentState.GIVEN, Optional.of(valid)))
                .isEmpty();
        assertThat(TransferService.failing(ConsentState.WITHDRAWN, Optional.of(valid)))
                .containsExactly("portal.transfer.no-consent");
        assertThat(TransferService.failing(ConsentState.NONE, Optional.empty()))
                .containsExactly("portal.transfer.no-consent", "portal.transfer.no-cv");
        assertThat(TransferService.failing(ConsentState.GIVEN, Optional.of(cv(true))))
                .containsExactly("portal.transfer.cv-obsolete");
    }

    @Test
    void theAlertIsTheCardsWordForWord() {
        assertThat(TransferStatus.ALERT)
                .isEqualTo("Attenzione il CV verrà inviato, in automatico, al sistema di Ricerca profili professionali"
                        + " e potrà essere individuato dalle aziende all'interno del portale Toscana lavoro");
    }

    static CvFileView cv(boolean obsolete) {
        return new CvFileView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "UPLOADED",
                "cv.pdf",
                1000,
                "0".repeat(64),
                NOW,
                "Giulia Bianchi",
                LocalDate.of(2027, 5, 26),
                obsolete,
                null,
                null,
                null);
    }
}
