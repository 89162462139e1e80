package it.orienta.proposal;

import java.util.EnumSet;
import java.util.Set;

/** The vocabulary of proposals, one enum per term: the pages, the API, the events and the table name the same values. */
public final class ProposalTerms {

    private ProposalTerms() {}

    /** How the vacancy was proposed to the person. */
    public enum Channel {
        IN_PERSON,
        PHONE,
        EMAIL,
        SMS,
        LETTER
    }

    /**
     * Where a proposal stands. PROPOSED waits for the person's answer; INTERESTED for the candidature; CANDIDATURE_SENT
     * and INTERVIEW for an outcome. NOT_INTERESTED, HIRED, NOT_SELECTED and WITHDRAWN are final.
     */
    public enum Status {
        PROPOSED,
        INTERESTED,
        NOT_INTERESTED,
        CANDIDATURE_SENT,
        INTERVIEW,
        HIRED,
        NOT_SELECTED,
        WITHDRAWN;

        /** The statuses of a live proposal: the same vacancy may not be proposed again to the person meanwhile. */
        public static final Set<Status> LIVE = EnumSet.of(PROPOSED, INTERESTED, CANDIDATURE_SENT, INTERVIEW);

        public boolean live() {
            return LIVE.contains(this);
        }

        public boolean fin() {
            return !live();
        }
    }

    /** The person's answer to a proposal. */
    public enum Answer {
        INTERESTED,
        NOT_INTERESTED
    }

    /**
     * Why the person is not interested. A refused offerta congrua (D.lgs. 150/2015 art. 25) is recorded with its
     * reason; Orienta applies no sanction on its own. OTHER needs a note.
     */
    public enum RefusalReason {
        DISTANCE,
        PAY,
        HOURS,
        CONTRACT,
        ALREADY_EMPLOYED,
        HEALTH,
        FAMILY_CARE,
        NOT_SUITABLE,
        OTHER
    }

    /** Where the candidature went. */
    public enum CandidatureTo {
        EMPLOYER,
        PRESELECTION
    }

    /** What came of a candidature. INTERVIEW may be followed by another outcome; the others are final. */
    public enum Outcome {
        INTERVIEW,
        HIRED,
        NOT_SELECTED,
        WITHDRAWN
    }

    /** Who withdrew the candidature. */
    public enum WithdrawnBy {
        PERSON,
        EMPLOYER
    }

    /** A request to the centre in charge: waiting, accepted (a proposal made by that centre) or declined. */
    public enum RequestStatus {
        PENDING,
        ACCEPTED,
        DECLINED
    }
}
