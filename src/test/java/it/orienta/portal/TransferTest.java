package it.orienta.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.cv.CvFileView;
import it.orienta.intake.ConsentState;
import it.orienta.portal.Transfer.Delivered;
import it.orienta.portal.Transfer.Gone;
import it.orienta.portal.Transfer.Refused;
import it.orienta.portal.Transfer.Unavailable;
import it.orienta.system.DuplicateException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The transfer's state machine (the aggregate, no Spring) and the conditions of a request. */
class TransferTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(1);

    static final RetryPolicy RETRIES = new RetryPolicy(8, BACKOFF, MAX);

    /** A transfer of {@code kind} in {@code state} after {@code attempts} claims. */
    static Transfer in(TransferKind kind, TransferState state, int attempts) {
        var upload = Transfer.upload(UUID.randomUUID(), UUID.randomUUID(), 0, "C1", "Op", NOW.minusSeconds(600));
        var t = kind == TransferKind.UPLOAD ? upload : upload.removal("Op", NOW.minusSeconds(600));
        org.springframework.test.util.ReflectionTestUtils.setField(t, "state", state);
        org.springframework.test.util.ReflectionTestUtils.setField(t, "attempts", attempts);
        return t;
    }

    /** The transfer after attempt number {@code attempts} (1 for the first) came to {@code outcome}. */
    static Transfer after(TransferKind kind, TransferState state, Transfer.Outcome outcome, int attempts) {
        var t = in(kind, state, attempts);
        t.recordAttempt(outcome, RETRIES, NOW);
        return t;
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
        assertThat(d.view().nextAttemptAt()).isNull();
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
        assertThat(first.view().nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(first.reason()).isEqualTo("HTTP 503");
        var third = after(TransferKind.UPLOAD, TransferState.RETRYING, new Unavailable("timeout"), 3);
        assertThat(third.view().nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
        var last = after(TransferKind.UPLOAD, TransferState.RETRYING, new Unavailable("timeout"), 8);
        assertThat(last.state()).isEqualTo(TransferState.FAILED);
        assertThat(last.view().nextAttemptAt()).isNull();
        assertThat(last.reason()).isEqualTo("timeout");
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(RETRIES.waitAfter(0)).isZero();
        assertThat(RETRIES.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RETRIES.waitAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RETRIES.waitAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RETRIES.waitAfter(8)).isEqualTo(MAX);
        assertThat(RETRIES.waitAfter(1000)).isEqualTo(MAX);
        assertThat(new RetryPolicy(8, Duration.ZERO, MAX).waitAfter(3)).isZero();
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
        var t = in(TransferKind.UPLOAD, state, 1);
        assertThat(t.applyNotice(notice, "motivo", NOW)).isEqualTo(expected != null);
        assertThat(t.state()).isEqualTo(expected == null ? state : expected);
    }

    @Test
    void aNoticeDoesNotMoveARemoval() {
        var t = in(TransferKind.REMOVAL, TransferState.REQUESTED, 0);
        assertThat(t.applyNotice("CV_ACCEPTED", null, NOW)).isFalse();
        assertThat(t.state()).isEqualTo(TransferState.REQUESTED);
    }

    @Test
    void withdrawalCancelsWhatIsNotSettledAndRemovesWhatMayHaveReachedTheSearch() {
        for (var s : TransferState.values()) {
            var t = in(TransferKind.UPLOAD, s, 1);
            boolean cancels = t.cancellable();
            assertThat(cancels)
                    .as(s.name())
                    .isEqualTo(
                            s != TransferState.ACCEPTED && s != TransferState.CANCELLED && s != TransferState.REMOVED);
            if (cancels) {
                t.cancel("portal.reason.cv-deleted", NOW);
                assertThat(t.state()).isEqualTo(TransferState.CANCELLED);
                assertThat(t.reason()).isEqualTo("portal.reason.cv-deleted");
            } else {
                assertThatThrownBy(() -> t.cancel("portal.reason.cv-deleted", NOW))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
        assertThatThrownBy(() ->
                        in(TransferKind.REMOVAL, TransferState.REQUESTED, 0).cancel("x", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(in(TransferKind.UPLOAD, TransferState.ACCEPTED, 1).mayBeOnSearchSystem())
                .isTrue();
        assertThat(in(TransferKind.UPLOAD, TransferState.SENT, 1).mayBeOnSearchSystem())
                .isTrue();
        assertThat(in(TransferKind.UPLOAD, TransferState.RETRYING, 2).mayBeOnSearchSystem())
                .isTrue();
        assertThat(in(TransferKind.UPLOAD, TransferState.REQUESTED, 0).mayBeOnSearchSystem())
                .isFalse();
        assertThat(in(TransferKind.UPLOAD, TransferState.CANCELLED, 3).mayBeOnSearchSystem())
                .isFalse();
    }

    @Test
    void onlyAFailedTransferIsRetriedByHand() {
        for (var s : TransferState.values()) {
            var t = in(TransferKind.UPLOAD, s, 3);
            assertThat(t.retryableByHand()).as(s.name()).isEqualTo(s == TransferState.FAILED);
            if (s == TransferState.FAILED) {
                t.retryByHand(NOW);
                assertThat(t.state()).isEqualTo(TransferState.RETRYING);
                assertThat(t.attempts()).isZero();
                assertThat(t.view().nextAttemptAt()).isEqualTo(NOW);
                assertThat(t.reason()).isNull();
            } else {
                assertThatThrownBy(() -> t.retryByHand(NOW))
                        .isInstanceOf(DuplicateException.class)
                        .hasFieldOrPropertyWithValue("existingPath", "/persons/" + t.personId() + "/cv/transfer");
                assertThat(t.state()).isEqualTo(s);
            }
        }
    }

    @Test
    void aRemovalRemovesItsUploadsKeyOnceAndIsAskedAgainOnlyWhenSettled() {
        var upload = Transfer.upload(UUID.randomUUID(), UUID.randomUUID(), 2, "C1", "Op", NOW);
        assertThat(upload.idempotencyKey()).isEqualTo(upload.cvId() + ".2");
        assertThat(Transfer.upload(UUID.randomUUID(), upload.cvId(), 0, "C1", "Op", NOW)
                        .idempotencyKey())
                .isEqualTo(upload.cvId().toString());
        var removal = upload.removal("Op", NOW);
        assertThat(removal.kind()).isEqualTo(TransferKind.REMOVAL);
        assertThat(removal.state()).isEqualTo(TransferState.REQUESTED);
        assertThat(removal.idempotencyKey()).isEqualTo("remove:" + upload.idempotencyKey());
        assertThat(removal.uploadKey()).isEqualTo(upload.idempotencyKey());
        assertThatThrownBy(() -> removal.removal("Op", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(removal.requeue(NOW)).isFalse();
        removal.recordAttempt(new Delivered("REMOVED"), RETRIES, NOW);
        assertThat(removal.requeue(NOW.plusSeconds(5))).isTrue();
        assertThat(removal.state()).isEqualTo(TransferState.REQUESTED);
        assertThat(removal.attempts()).isZero();
        assertThatThrownBy(() -> upload.requeue(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongReasonIsCutToTheColumn() {
        var t = after(TransferKind.UPLOAD, TransferState.REQUESTED, new Refused("x".repeat(1500)), 1);
        assertThat(t.reason()).hasSize(1000).endsWith("…");
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
