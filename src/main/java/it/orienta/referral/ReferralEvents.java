package it.orienta.referral;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The events of referrals: facts about a person's case (ADR 0020). */
public final class ReferralEvents {

    private ReferralEvents() {}

    /** A referral was written (not sent yet). */
    public record ReferralCreated(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID referralId,
            ReferralKind kind,
            String recipient)
            implements CaseEvent {}

    /**
     * A referral moved to its next step: {@code SENT}, {@code ACKNOWLEDGED}, {@code ANSWERED}, {@code CLOSED} (its
     * outcome recorded) or {@code CANCELLED}; {@code on} is the day it happened.
     */
    public record ReferralStepRecorded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID referralId,
            ReferralStatus step,
            LocalDate on,
            String recipient)
            implements CaseEvent {}
}
